package dev.stepwise.domain;

import java.time.Instant;
import java.util.Map;

/**
 * What happened to a rollout, persisted in its journal in order. Events are a versioned contract:
 * small records of strings, numbers, hashes and instants, never Kubernetes objects. Replaying them
 * through {@link RolloutState#apply} rebuilds the state; {@code stepwise history} prints them.
 */
public sealed interface RolloutEvent extends CborSerializable {
  /** When it happened (the controller's clock). */
  Instant at();

  /** A Rollout object with a new uid appeared under this name: a new incarnation. */
  record Registered(String namespace, String name, String uid, Instant at)
      implements RolloutEvent {}

  /** The spec as the domain sees it changed (template, steps, replicas, paused, ...). */
  record SpecChanged(RolloutSpec spec, long generation, Instant at) implements RolloutEvent {}

  /**
   * A pod template hash became the current revision. {@code fastTrack} when it is the stable
   * revision again (a rollback to stable skips the steps).
   *
   * @param supersededRevision the unfinished revision this one replaces mid-update, or 0 when the
   *     previous update had completed (upstream then records RolloutNotCompleted)
   * @param existingReplicas spec.replicas of the revision's ReplicaSet when it already existed (a
   *     rollback re-uses it), or null when it is to be created
   * @param withinRollbackWindow a rollback to an older ReplicaSet within spec.rollbackWindow: the
   *     steps are skipped as for a rollback to stable, but it becomes stable only once available
   */
  record RevisionStarted(
      long revision,
      String podTemplateHash,
      Map<String, String> images,
      boolean fastTrack,
      Instant at,
      long supersededRevision,
      Integer existingReplicas,
      boolean withinRollbackWindow)
      implements RolloutEvent {

    /** The event without the components added after its first release. */
    public RevisionStarted(
        long revision,
        String podTemplateHash,
        Map<String, String> images,
        boolean fastTrack,
        Instant at) {
      this(revision, podTemplateHash, images, fastTrack, at, 0, null, false);
    }
  }

  /** Canary step {@code stepIndex} completed; the rollout moves to the next step. */
  record StepCompleted(int stepIndex, String description, Cause cause, Instant at)
      implements RolloutEvent {}

  /**
   * The rollout reached a pause step (reason CanaryPauseStep). {@code deadline} is absolute and
   * null for an indefinite pause; timers are re-armed from it after a restart.
   */
  record PauseStarted(int stepIndex, String reason, Instant deadline, Instant at)
      implements RolloutEvent {}

  /** The status carrying the pause condition reached the API server, so users can see it. */
  record PausePublished(Instant at) implements RolloutEvent {}

  /** A pause ended: its deadline passed (TIMER) or a user cleared the pause condition (USER). */
  record PauseEnded(int stepIndex, Cause cause, Instant at) implements RolloutEvent {}

  /** A user moved status.currentStepIndex forward (promote without a pause). */
  record StepSkipped(int fromIndex, int toIndex, Cause cause, Instant at) implements RolloutEvent {}

  /** A user asked for full promotion (status.promoteFull). */
  record FullPromotionRequested(Cause cause, Instant at) implements RolloutEvent {}

  /** The update was aborted (status.abort by a user, or the controller). */
  record Aborted(long revision, String message, Cause cause, Instant at) implements RolloutEvent {}

  /** The status carrying a controller's abort reached the API server, so users can see it. */
  record AbortPublished(Instant at) implements RolloutEvent {}

  /**
   * The replica counts summed over the rollout's ReplicaSets changed (journaled only on a change, a
   * few dozen times per update); when they show progress, Progressing.lastUpdateTime moves.
   */
  record ProgressObserved(ReplicaCounts counts, Instant at) implements RolloutEvent {}

  /**
   * The update made no progress for progressDeadlineSeconds: Progressing False
   * ProgressDeadlineExceeded, phase Degraded, until it progresses again.
   *
   * @param message upstream's "ReplicaSet \"x\" has timed out progressing."
   */
  record ProgressDeadlineExceeded(long revision, String message, Instant at)
      implements RolloutEvent {}

  /** status.restartedAt changed: every pod is newer than spec.restartAt (set by the restarter). */
  record Restarted(Instant restartedAt, Instant at) implements RolloutEvent {}

  /** A user set status.abort back to false: the update starts again at step 0. */
  record Retried(Cause cause, Instant at) implements RolloutEvent {}

  /** spec.paused became true. */
  record ManuallyPaused(Cause cause, Instant at) implements RolloutEvent {}

  /** spec.paused became false. */
  record ManuallyResumed(Cause cause, Instant at) implements RolloutEvent {}

  /** The current revision became stable (status.stableRS = currentPodHash). */
  record Completed(long revision, String podTemplateHash, String reason, Instant at)
      implements RolloutEvent {}

  /** The Rollout object was deleted. The journal stays: history still shows it. */
  record Deleted(String uid, Instant at) implements RolloutEvent {}

  /**
   * A blue-green Service now selects another revision (upstream SwitchService).
   *
   * @param role "active" or "preview"
   * @param fromHash the hash it selected before (null: none)
   */
  record ServiceSwitched(String role, String service, String fromHash, String toHash, Instant at)
      implements RolloutEvent {}

  /**
   * An old ReplicaSet keeps its pods until {@code deadline} (annotation scale-down-deadline), then
   * goes to 0; journaled so that a restart resumes the delay instead of starting it again.
   */
  record ScaleDownScheduled(String podTemplateHash, long revision, Instant deadline, Instant at)
      implements RolloutEvent {}

  /** The ReplicaSet's scale-down deadline passed and it is scaled down (or gone). */
  record ScaleDownDelayEnded(String podTemplateHash, Instant at) implements RolloutEvent {}

  /**
   * A blue-green promotion gate ("pre" or "post" promotion analysis) finished for the current
   * revision; a failure also aborts the update.
   */
  record PromotionGateFinished(String gate, boolean successful, String message, Instant at)
      implements RolloutEvent {}

  /**
   * The rollout asked for an analysis run (upstream creates the AnalysisRun here); the entity
   * starts it after persisting, and again after a restart while it is active.
   */
  record AnalysisRunRequested(dev.stepwise.domain.analysis.AnalysisRequest request, Instant at)
      implements RolloutEvent {}

  /** The runner reported a new phase of the run {@code runName} (journaled only on a change). */
  record AnalysisRunReported(
      String runName, dev.stepwise.domain.analysis.AnalysisPhase phase, String message, Instant at)
      implements RolloutEvent {}

  /** The run is no longer wanted (superseded, aborted, completed); the entity terminates it. */
  record AnalysisRunTerminated(String runName, String reason, Instant at) implements RolloutEvent {}
}
