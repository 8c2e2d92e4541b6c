package dev.stepwise.domain;

import dev.stepwise.domain.RolloutEvent.Completed;
import dev.stepwise.domain.RolloutEvent.PauseEnded;
import dev.stepwise.domain.RolloutEvent.PauseStarted;
import dev.stepwise.domain.RolloutEvent.RevisionStarted;
import dev.stepwise.domain.RolloutEvent.StepCompleted;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The next move of a basic canary (upstream rolloutCanary and shouldFullPromote), one round at a
 * time: a new revision, the initial deploy, a completed or paused step, or full promotion.
 */
final class CanaryProgress {
  static final String CANARY_PAUSE_STEP = "CanaryPauseStep";

  private CanaryProgress() {}

  static List<RolloutEvent> next(RolloutState s, List<ReplicaSetView> rss, Instant now) {
    RolloutSpec spec = s.spec();
    if (s.uid() == null || s.deleted() || spec == null || spec.podTemplateHash() == null) {
      return List.of();
    }
    if (!RolloutValidation.validate(spec).isEmpty()) {
      return List.of();
    }
    if (!spec.podTemplateHash().equals(s.currentHash())) {
      return List.of(revisionStarted(s, rss, now, false));
    }
    if (s.stableHash() == null) {
      return List.of(completed(s, "Initial deploy", now));
    }
    if (s.currentHash().equals(s.stableHash()) || s.abort() != null || spec.paused()) {
      return List.of();
    }
    CanaryView view = CanaryView.of(s, rss);
    // upstream shouldFullPromote: the new ReplicaSet has exactly spec.replicas available
    boolean newFullyAvailable = view.newRs() != null && view.newAvailable() == view.replicas();
    List<Step> steps = Specs.steps(spec);
    String reason = null;
    if (s.promoteFull()) {
      reason = "Full promotion requested";
    } else if (s.rollbackWithinWindow()) {
      reason = "Rollback within window";
    } else if (s.stepIndex() >= steps.size()) {
      reason = "Completed all " + steps.size() + " canary steps";
    }
    if (reason != null) {
      return newFullyAvailable ? List.of(completed(s, reason, now)) : List.of();
    }
    if (AnalysisProgress.inconclusivePaused(s)) {
      return List.of(); // an Inconclusive analysis halts the rollout until a user promotes
    }
    return step(s, view, steps.get(s.stepIndex()), now);
  }

  /**
   * The spec's template became the current revision: a rollback to stable or within the rollback
   * window skips the steps (upstream PodTemplateOrStepsChanged and isRollbackWithinWindow). {@code
   * fastRollback}: the strategy found another reason to fast-track it (blue-green: the ReplicaSet
   * still waits for its scale-down deadline).
   */
  static RevisionStarted revisionStarted(
      RolloutState s, List<ReplicaSetView> rss, Instant now, boolean fastRollback) {
    RolloutSpec spec = s.spec();
    String hash = spec.podTemplateHash();
    boolean fastTrack = hash.equals(s.stableHash());
    ReplicaSetView existing = find(rss, hash);
    boolean window = !fastTrack && (fastRollback || withinRollbackWindow(s, rss, existing));
    boolean unfinished = s.currentHash() != null && !s.currentHash().equals(s.stableHash());
    Map<String, String> images = spec.images() == null ? Map.of() : spec.images();
    return new RevisionStarted(
        s.maxRevision() + 1,
        hash,
        images,
        fastTrack,
        now,
        unfinished ? s.currentRevision() : 0,
        existing == null ? null : existing.specReplicas(),
        window);
  }

  /**
   * Upstream isRollbackWithinWindow: the ReplicaSet is older than the stable one, and fewer than
   * rollbackWindow.revisions ReplicaSets were created between them.
   */
  private static boolean withinRollbackWindow(
      RolloutState s, List<ReplicaSetView> rss, ReplicaSetView target) {
    Integer revisions = s.spec().rollbackWindowRevisions();
    ReplicaSetView stable = s.stableHash() == null ? null : find(rss, s.stableHash());
    if (revisions == null || revisions <= 0 || target == null || stable == null) {
      return false;
    }
    if (target.created() == null
        || stable.created() == null
        || !target.created().isBefore(stable.created())) {
      return false;
    }
    long between =
        rss.stream()
            .filter(rs -> rs.created() != null)
            .filter(rs -> rs.created().isBefore(stable.created()))
            .filter(rs -> target.created().isBefore(rs.created()))
            .count();
    return between < revisions;
  }

  static ReplicaSetView find(List<ReplicaSetView> rss, String hash) {
    if (rss == null) {
      return null;
    }
    for (ReplicaSetView rs : rss) {
      if (hash.equals(rs.podTemplateHash())) {
        return rs;
      }
    }
    return null;
  }

  private static List<RolloutEvent> step(RolloutState s, CanaryView view, Step step, Instant now) {
    int i = s.stepIndex();
    return switch (step.kind()) {
      case SET_WEIGHT ->
          view.atDesiredCounts()
              ? List.of(new StepCompleted(i, describe(s, i), Cause.CONTROLLER, now))
              : List.of();
      case PAUSE -> pause(s, step, now);
      case ANALYSIS, UNSUPPORTED -> List.of(); // AnalysisProgress completes analysis steps
    };
  }

  private static List<RolloutEvent> pause(RolloutState s, Step step, Instant now) {
    int i = s.stepIndex();
    RolloutState.Pause p = s.pause();
    if (p == null || p.stepIndex() != i) {
      Instant deadline = step.pauseSeconds() == null ? null : now.plusSeconds(step.pauseSeconds());
      return List.of(new PauseStarted(i, CANARY_PAUSE_STEP, deadline, now));
    }
    if (p.deadline() != null && !now.isBefore(p.deadline())) {
      return List.of(
          new PauseEnded(i, Cause.TIMER, now),
          new StepCompleted(i, describe(s, i), Cause.TIMER, now));
    }
    return List.of();
  }

  private static Completed completed(RolloutState s, String reason, Instant now) {
    return new Completed(s.currentRevision(), s.currentHash(), reason, now);
  }

  /** Upstream's step description in RolloutStepCompleted ("setWeight: 50", "pause: 10s"). */
  static String describe(RolloutState s, int index) {
    List<Step> steps = Specs.steps(s.spec());
    if (index < 0 || index >= steps.size()) {
      return "";
    }
    Step step = steps.get(index);
    return switch (step.kind()) {
      case SET_WEIGHT -> "setWeight: " + step.weight();
      case PAUSE -> step.pauseSeconds() == null ? "pause" : "pause: " + step.pauseSeconds() + "s";
      case ANALYSIS -> "analysis";
      case UNSUPPORTED -> String.valueOf(step.unsupported());
    };
  }
}
