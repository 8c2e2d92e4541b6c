package dev.stepwise.domain;

import dev.stepwise.domain.RolloutEvent.Aborted;
import dev.stepwise.domain.RolloutEvent.ProgressDeadlineExceeded;
import dev.stepwise.domain.RolloutEvent.ProgressObserved;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * progressDeadlineSeconds (semantics §3.13): progress is journaled when the replica counts change,
 * and an update that makes none for the deadline times out (and aborts with progressDeadlineAbort).
 * The check is skipped while paused, aborted, at a pause step, or once the rollout is healthy.
 */
final class ProgressDeadline {
  private ProgressDeadline() {}

  /** The counts as observed now, journaled when they differ from the last journaled ones. */
  static List<RolloutEvent> observe(RolloutState s, List<ReplicaSetView> rss, Instant now) {
    if (!tracked(s)) {
      return List.of();
    }
    ReplicaCounts counts = counts(CanaryView.of(s, rss));
    ReplicaCounts before = s.observedCounts() == null ? ReplicaCounts.ZERO : s.observedCounts();
    return counts.equals(before) ? List.of() : List.of(new ProgressObserved(counts, now));
  }

  /**
   * A timeout once the deadline has passed without progress, then an abort when the spec asks for
   * one (also for a timeout that happened before progressDeadlineAbort was set, as upstream).
   */
  static List<RolloutEvent> check(RolloutState s, List<ReplicaSetView> rss, Instant now) {
    List<RolloutEvent> out = new ArrayList<>();
    ReplicaCounts counts = counts(CanaryView.of(s, rss));
    boolean timedOut = s.progressDeadlineExceeded();
    if (!timedOut && applies(s, counts) && now.isAfter(deadline(s))) {
      out.add(new ProgressDeadlineExceeded(s.currentRevision(), message(s), now));
      timedOut = true;
    }
    if (timedOut
        && s.spec().progressDeadlineAbort()
        && s.abort() == null
        && !s.currentHash().equals(s.stableHash())) {
      String why = message(s);
      String text = RolloutDecider.abortMessage(s) + ": " + why;
      out.add(new Aborted(s.currentRevision(), text, Cause.CONTROLLER, now));
    }
    return out;
  }

  /** When the entity must look again: a second after the deadline, as upstream requeues. */
  static Instant wakeup(RolloutState s) {
    ReplicaCounts counts = s.observedCounts() == null ? ReplicaCounts.ZERO : s.observedCounts();
    if (s.progressDeadlineExceeded() || !applies(s, counts)) {
      return null;
    }
    return deadline(s).plusSeconds(1);
  }

  /** Upstream ReplicaSetTimeOutMessage. */
  static String message(RolloutState s) {
    return "ReplicaSet \"" + s.name() + "-" + s.currentHash() + "\" has timed out progressing.";
  }

  /** Upstream RolloutHealthy for a basic canary: promoted, all steps done, nothing else running. */
  static boolean healthy(RolloutState s, ReplicaCounts c) {
    int n = Specs.replicas(s.spec());
    BlueGreenSpec bg = Specs.blueGreen(s.spec());
    if (bg != null) {
      // upstream: both Services on the current revision; old ones may still wait for their delay
      return s.currentHash() != null
          && s.currentHash().equals(s.stableHash())
          && s.currentHash().equals(s.bg().activeHash())
          && (!bg.hasPreview() || s.currentHash().equals(s.bg().previewHash()))
          && c.updated() == n
          && c.available() == n;
    }
    return s.currentHash() != null
        && s.currentHash().equals(s.stableHash())
        && s.stepIndex() >= Specs.steps(s.spec()).size()
        && c.updated() == n
        && c.available() == n
        && c.replicas() == n;
  }

  static ReplicaCounts counts(CanaryView view) {
    if (Specs.blueGreen(view.state().spec()) != null) {
      return BlueGreenView.of(view.state(), all(view)).counts();
    }
    List<ReplicaSetView> all = new ArrayList<>(view.others());
    if (view.newRs() != null) {
      all.add(view.newRs());
    }
    if (view.stableRs() != null) {
      all.add(view.stableRs());
    }
    return ReplicaCounts.of(all, view.newRs());
  }

  private static java.util.List<ReplicaSetView> all(CanaryView view) {
    List<ReplicaSetView> all = new ArrayList<>(view.others());
    if (view.newRs() != null) {
      all.add(view.newRs());
    }
    if (view.stableRs() != null) {
      all.add(view.stableRs());
    }
    return all;
  }

  private static boolean tracked(RolloutState s) {
    return s.uid() != null && !s.deleted() && s.spec() != null && s.currentHash() != null;
  }

  private static boolean applies(RolloutState s, ReplicaCounts counts) {
    return tracked(s)
        && s.lastProgressAt() != null
        && s.abort() == null
        && s.pause() == null
        && !s.spec().paused()
        && !atIndefiniteStep(s)
        && !waitingForScaleDown(s)
        && RolloutValidation.validate(s.spec()).isEmpty()
        && !healthy(s, counts);
  }

  /** Upstream skips the check while an old ReplicaSet has a scale-down deadline. */
  private static boolean waitingForScaleDown(RolloutState s) {
    return s.bg().deadlines().keySet().stream().anyMatch(h -> !h.equals(s.currentHash()));
  }

  /** Upstream isIndefiniteStep: a pause, analysis or experiment step never times out. */
  private static boolean atIndefiniteStep(RolloutState s) {
    List<Step> steps = Specs.steps(s.spec());
    return s.stepIndex() < steps.size() && steps.get(s.stepIndex()).kind() != Step.Kind.SET_WEIGHT;
  }

  private static Instant deadline(RolloutState s) {
    Integer seconds = s.spec().progressDeadlineSeconds();
    int d = seconds == null ? Specs.DEFAULT_PROGRESS_DEADLINE : seconds;
    return s.lastProgressAt().plusSeconds(d);
  }
}
