package dev.stepwise.domain;

import java.time.Instant;

/**
 * The user-writable parts of a Rollout's .status as observed on the API server. Users (our CLI or
 * the upstream kubectl plugin) act by patching these; the domain compares them with what it last
 * published to tell a user action from a status it has not written yet.
 *
 * @param abort status.abort
 * @param promoteFull status.promoteFull
 * @param pauseConditionCount the number of status.pauseConditions
 * @param controllerPause status.controllerPause
 * @param currentStepIndex status.currentStepIndex (null when absent)
 * @param currentPodHash status.currentPodHash (null when absent)
 * @param currentStepHash status.currentStepHash (null when absent)
 * @param manager who last wrote the status (a managedFields manager such as "kubectl-argo-rollouts"
 *     or "stepwise-cli"), or null when unknown
 */
public record ObservedStatus(
    boolean abort,
    boolean promoteFull,
    int pauseConditionCount,
    boolean controllerPause,
    Integer currentStepIndex,
    String currentPodHash,
    String currentStepHash,
    String manager,
    Instant restartedAt) {

  public static final ObservedStatus EMPTY =
      new ObservedStatus(false, false, 0, false, null, null, null, null, null);

  /** The status without the fields added after the first release of this record. */
  public ObservedStatus(
      boolean abort,
      boolean promoteFull,
      int pauseConditionCount,
      boolean controllerPause,
      Integer currentStepIndex,
      String currentPodHash,
      String currentStepHash,
      String manager) {
    this(
        abort,
        promoteFull,
        pauseConditionCount,
        controllerPause,
        currentStepIndex,
        currentPodHash,
        currentStepHash,
        manager,
        null);
  }
}
