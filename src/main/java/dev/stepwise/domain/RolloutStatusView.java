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
 * @param analysisRuns the current AnalysisRuns (status.canary.current*AnalysisRunStatus,
 *     status.blueGreen.*PromotionAnalysisRunStatus), or null when there are none
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
    BlueGreenStatus blueGreen,
    AnalysisRunStatuses analysisRuns)
    implements CborSerializable {

  /** The status without analysis runs. */
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
      List<ConditionView> conditions,
      BlueGreenStatus blueGreen) {
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
        blueGreen,
        null);
  }

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

  /** One RolloutAnalysisRunStatus: the run's name, phase and message. */
  public record RunStatus(String name, String status, String message) implements CborSerializable {}

  /** The current runs by role; each null when there is none. */
  public record AnalysisRunStatuses(
      RunStatus step, RunStatus background, RunStatus prePromotion, RunStatus postPromotion)
      implements CborSerializable {}

  /** One entry of status.pauseConditions. */
  public record PauseCondition(String reason, Instant startTime) implements CborSerializable {}
}
