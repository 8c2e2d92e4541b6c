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
   */
  record RevisionStarted(
      long revision,
      String podTemplateHash,
      Map<String, String> images,
      boolean fastTrack,
      Instant at)
      implements RolloutEvent {}

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
}
