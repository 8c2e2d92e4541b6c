package dev.stepwise.domain;

import java.time.Instant;
import java.util.List;

/**
 * The Rollout .status Stepwise wants on the API server, in upstream field names and meanings
 * (semantics §1.5); kube/ turns it into a JSON merge patch of the status subresource.
 *
 * @param observedGeneration a string, as upstream
 * @param currentStepIndex null when the strategy has no steps
 */
public record RolloutStatusView(
    String phase,
    String message,
    String observedGeneration,
    String currentPodHash,
    String stableRS,
    Integer currentStepIndex,
    String currentStepHash,
    List<PauseCondition> pauseConditions,
    boolean controllerPause,
    boolean abort,
    Instant abortedAt,
    boolean promoteFull,
    int replicas,
    int updatedReplicas,
    int readyReplicas,
    int availableReplicas,
    int hpaReplicas,
    String selector,
    List<ConditionView> conditions)
    implements CborSerializable {

  /** One entry of status.pauseConditions. */
  public record PauseCondition(String reason, Instant startTime) implements CborSerializable {}
}
