package dev.stepwise.domain;

import java.time.Instant;
import java.util.List;

/**
 * The Rollout .status Stepwise wants on the API server, in upstream field names and meanings
 * (semantics §1.5); kube/ turns it into a JSON merge patch of the status subresource.
 *
 * @param observedGeneration a string, as upstream
 * @param currentStepIndex null when the strategy has no steps
 * @param blueGreen status.blueGreen, or null for a canary
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
    List<ConditionView> conditions,
    BlueGreenStatus blueGreen)
    implements CborSerializable {

  /** The status of a canary (without status.blueGreen). */
  public RolloutStatusView(
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
      List<ConditionView> conditions) {
    this(
        phase,
        message,
        observedGeneration,
        currentPodHash,
        stableRS,
        currentStepIndex,
        currentStepHash,
        pauseConditions,
        controllerPause,
        abort,
        abortedAt,
        promoteFull,
        replicas,
        updatedReplicas,
        readyReplicas,
        availableReplicas,
        hpaReplicas,
        selector,
        conditions,
        null);
  }

  /**
   * status.blueGreen: the hashes the Services select (null before the first switch), and whether
   * the preview may grow to full size.
   */
  public record BlueGreenStatus(
      String activeSelector, String previewSelector, boolean scaleUpPreviewCheckPoint)
      implements CborSerializable {}

  /** One entry of status.pauseConditions. */
  public record PauseCondition(String reason, Instant startTime) implements CborSerializable {}
}
