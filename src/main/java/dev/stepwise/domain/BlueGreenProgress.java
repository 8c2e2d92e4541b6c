package dev.stepwise.domain;

import dev.stepwise.domain.RolloutEvent.Completed;
import dev.stepwise.domain.RolloutEvent.PauseEnded;
import dev.stepwise.domain.RolloutEvent.PauseStarted;
import dev.stepwise.domain.RolloutEvent.ScaleDownDelayEnded;
import dev.stepwise.domain.RolloutEvent.ScaleDownScheduled;
import dev.stepwise.domain.RolloutEvent.ServiceSwitched;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The next move of a blue-green rollout (upstream rolloutBlueGreen, semantics §3.5), one round at a
 * time: a new revision, the preview switch, scale-down deadlines, the BlueGreenPause, the active
 * switch once the new ReplicaSet is saturated, and promotion to stable.
 */
final class BlueGreenProgress {
  static final String BLUE_GREEN_PAUSE = "BlueGreenPause";
  static final String ACTIVE = "active";
  static final String PREVIEW = "preview";

  private BlueGreenProgress() {}

  static List<RolloutEvent> next(RolloutState s, List<ReplicaSetView> rss, Instant now) {
    RolloutSpec spec = s.spec();
    if (s.uid() == null || s.deleted() || spec == null || spec.podTemplateHash() == null) {
      return List.of();
    }
    if (!RolloutValidation.validate(spec).isEmpty()) {
      return List.of();
    }
    if (!spec.podTemplateHash().equals(s.currentHash())) {
      return List.of(CanaryProgress.revisionStarted(s, rss, now, fastRollback(s, rss, now)));
    }
    if (s.stableHash() == null) {
      // the first revision is stable at once; the active Service follows once it is saturated
      return List.of(new Completed(s.currentRevision(), s.currentHash(), "Initial deploy", now));
    }
    if (spec.paused()) {
      return List.of(); // spec.paused halts the Services and all scaling
    }
    BlueGreenView view = BlueGreenView.of(s, rss);
    List<RolloutEvent> out = new ArrayList<>(housekeeping(view, now));
    if (!out.isEmpty()) {
      return out;
    }
    if (s.abort() != null) {
      return aborted(view, now);
    }
    return promotion(view, now);
  }

  /** The preview Service follows the new revision at once; old ReplicaSets get deadlines. */
  private static List<RolloutEvent> housekeeping(BlueGreenView v, Instant now) {
    RolloutState s = v.state();
    List<RolloutEvent> out = new ArrayList<>();
    String preview = s.bg().previewHash();
    if (v.spec().hasPreview() && !s.currentHash().equals(preview)) {
      out.add(
          new ServiceSwitched(PREVIEW, v.spec().previewService(), preview, s.currentHash(), now));
    }
    Instant deadline = now.plusSeconds(v.spec().scaleDownDelay());
    for (ReplicaSetView rs : v.needingDeadline()) {
      out.add(new ScaleDownScheduled(rs.podTemplateHash(), rs.revision(), deadline, now));
    }
    s.bg()
        .deadlines()
        .forEach(
            (hash, d) -> {
              ReplicaSetView rs = find(v, hash);
              boolean gone = rs == null || (rs.specReplicas() == 0 && rs.replicas() == 0);
              if (!now.isBefore(d) && gone) {
                out.add(new ScaleDownDelayEnded(hash, now));
              }
            });
    return out;
  }

  /** Aborted: the active Service goes back to stable; the preview goes after its delay. */
  private static List<RolloutEvent> aborted(BlueGreenView v, Instant now) {
    RolloutState s = v.state();
    if (s.currentHash().equals(s.stableHash())) {
      return List.of();
    }
    if (!Objects.equals(s.bg().activeHash(), s.stableHash()) && v.stableRs() != null) {
      return List.of(switchActive(v, s.stableHash(), now));
    }
    int delay = v.spec().abortScaleDownDelay();
    boolean stableUp = v.stableRs() != null && v.stableRs().availableReplicas() >= v.replicas();
    if (delay > 0 && stableUp && !s.bg().deadlines().containsKey(s.currentHash())) {
      return List.of(
          new ScaleDownScheduled(
              s.currentHash(), s.currentRevision(), now.plusSeconds(delay), now));
    }
    return List.of();
  }

  private static List<RolloutEvent> promotion(BlueGreenView v, Instant now) {
    RolloutState s = v.state();
    String current = s.currentHash();
    if (v.promoted()) {
      // first deploy (or a fast rollback to stable): switch once saturated
      return !current.equals(s.bg().activeHash()) && v.saturated(v.newRs())
          ? List.of(switchActive(v, current, now))
          : List.of();
    }
    if (!current.equals(s.bg().activeHash())) {
      if (!v.preGateOpen()) {
        return List.of(); // waits for the pre-promotion gate
      }
      if (!v.pauseDone()) {
        return pause(v, now);
      }
      return v.saturated(v.newRs()) ? List.of(switchActive(v, current, now)) : List.of();
    }
    if (!v.postGateOpen() || !v.saturated(v.newRs())) {
      return List.of();
    }
    return List.of(new Completed(s.currentRevision(), current, "Completed blue-green update", now));
  }

  /** The BlueGreenPause: added once the preview is ready, ended by a user or its timer. */
  private static List<RolloutEvent> pause(BlueGreenView v, Instant now) {
    RolloutState s = v.state();
    RolloutState.Pause p = s.pause();
    if (p == null) {
      if (!v.newReady(now)) {
        return List.of();
      }
      BlueGreenSpec bg = v.spec();
      Instant deadline =
          bg.autoPromotionEnabled() && bg.autoPromotionSeconds() > 0
              ? now.plusSeconds(bg.autoPromotionSeconds())
              : null;
      return List.of(new PauseStarted(0, BLUE_GREEN_PAUSE, deadline, now));
    }
    if (p.deadline() != null && !now.isBefore(p.deadline())) {
      return List.of(new PauseEnded(p.stepIndex(), Cause.TIMER, now));
    }
    return List.of();
  }

  private static ServiceSwitched switchActive(BlueGreenView v, String to, Instant now) {
    return new ServiceSwitched(
        ACTIVE, v.spec().activeService(), v.state().bg().activeHash(), to, now);
  }

  /**
   * Upstream isFastRollback for blue-green: going back to an older ReplicaSet that still waits for
   * its scale-down deadline (so it is still scaled up) skips the pause and the gates.
   */
  private static boolean fastRollback(RolloutState s, List<ReplicaSetView> rss, Instant now) {
    Instant d = s.bg().deadlines().get(s.spec().podTemplateHash());
    return d != null
        && now.isBefore(d)
        && CanaryProgress.find(rss, s.spec().podTemplateHash()) != null;
  }

  private static ReplicaSetView find(BlueGreenView v, String hash) {
    if (v.newRs() != null && hash.equals(v.newRs().podTemplateHash())) {
      return v.newRs();
    }
    if (v.stableRs() != null && hash.equals(v.stableRs().podTemplateHash())) {
      return v.stableRs();
    }
    return v.others().stream()
        .filter(rs -> hash.equals(rs.podTemplateHash()))
        .findFirst()
        .orElse(null);
  }
}
