package dev.stepwise.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the domain needs of a Rollout's spec: small, immutable, free of Kubernetes types. The kube
 * layer maps the Rollout object to it (tolerantly: a field that fails to decode is listed in {@code
 * decodeErrors} instead of dropping the Rollout).
 *
 * @param replicas spec.replicas; null when unset (the controller defaults it to 1)
 * @param selectorMatchLabels spec.selector.matchLabels; null when there is no selector
 * @param selectorHasExpressions spec.selector.matchExpressions is non-empty
 * @param templateLabels spec.template.metadata.labels (never null)
 * @param podTemplateHash the rollouts-pod-template-hash of spec.template
 * @param images container name → image of spec.template (in order), for display and history
 * @param minReadySeconds spec.minReadySeconds
 * @param progressDeadlineSeconds spec.progressDeadlineSeconds; null = default 600
 * @param revisionHistoryLimit spec.revisionHistoryLimit; null = default 10
 * @param paused spec.paused
 * @param canary strategy.canary, or null
 * @param blueGreen strategy.blueGreen is present
 * @param decodeErrors fields that could not be decoded, as "spec.x: reason"
 * @param progressDeadlineAbort spec.progressDeadlineAbort
 * @param restartAt spec.restartAt, or null
 * @param rollbackWindowRevisions spec.rollbackWindow.revisions, or null
 * @param workloadRef spec.workloadRef, or null (the template then comes from the workload)
 * @param validationFacts what only the InvalidSpec rules read, or null (those rules are skipped)
 * @param blueGreenStrategy strategy.blueGreen, or null (absent in journals from before blue-green)
 */
public record RolloutSpec(
    Integer replicas,
    Map<String, String> selectorMatchLabels,
    boolean selectorHasExpressions,
    Map<String, String> templateLabels,
    String podTemplateHash,
    Map<String, String> images,
    int minReadySeconds,
    Integer progressDeadlineSeconds,
    Integer revisionHistoryLimit,
    boolean paused,
    CanarySpec canary,
    boolean blueGreen,
    List<String> decodeErrors,
    boolean progressDeadlineAbort,
    Instant restartAt,
    Integer rollbackWindowRevisions,
    WorkloadRef workloadRef,
    ValidationFacts validationFacts,
    BlueGreenSpec blueGreenStrategy)
    implements CborSerializable {

  /** The spec without strategy.blueGreen details (the shape before blue-green support). */
  public RolloutSpec(
      Integer replicas,
      Map<String, String> selectorMatchLabels,
      boolean selectorHasExpressions,
      Map<String, String> templateLabels,
      String podTemplateHash,
      Map<String, String> images,
      int minReadySeconds,
      Integer progressDeadlineSeconds,
      Integer revisionHistoryLimit,
      boolean paused,
      CanarySpec canary,
      boolean blueGreen,
      List<String> decodeErrors,
      boolean progressDeadlineAbort,
      Instant restartAt,
      Integer rollbackWindowRevisions,
      WorkloadRef workloadRef,
      ValidationFacts validationFacts) {
    this(
        replicas,
        selectorMatchLabels,
        selectorHasExpressions,
        templateLabels,
        podTemplateHash,
        images,
        minReadySeconds,
        progressDeadlineSeconds,
        revisionHistoryLimit,
        paused,
        canary,
        blueGreen,
        decodeErrors,
        progressDeadlineAbort,
        restartAt,
        rollbackWindowRevisions,
        workloadRef,
        validationFacts,
        null);
  }

  /** The spec without the validation facts (the shape of the canary-parity contract). */
  public RolloutSpec(
      Integer replicas,
      Map<String, String> selectorMatchLabels,
      boolean selectorHasExpressions,
      Map<String, String> templateLabels,
      String podTemplateHash,
      Map<String, String> images,
      int minReadySeconds,
      Integer progressDeadlineSeconds,
      Integer revisionHistoryLimit,
      boolean paused,
      CanarySpec canary,
      boolean blueGreen,
      List<String> decodeErrors,
      boolean progressDeadlineAbort,
      Instant restartAt,
      Integer rollbackWindowRevisions,
      WorkloadRef workloadRef) {
    this(
        replicas,
        selectorMatchLabels,
        selectorHasExpressions,
        templateLabels,
        podTemplateHash,
        images,
        minReadySeconds,
        progressDeadlineSeconds,
        revisionHistoryLimit,
        paused,
        canary,
        blueGreen,
        decodeErrors,
        progressDeadlineAbort,
        restartAt,
        rollbackWindowRevisions,
        workloadRef,
        null);
  }

  /** The spec without the fields added after the first release of this record. */
  public RolloutSpec(
      Integer replicas,
      Map<String, String> selectorMatchLabels,
      boolean selectorHasExpressions,
      Map<String, String> templateLabels,
      String podTemplateHash,
      Map<String, String> images,
      int minReadySeconds,
      Integer progressDeadlineSeconds,
      Integer revisionHistoryLimit,
      boolean paused,
      CanarySpec canary,
      boolean blueGreen,
      List<String> decodeErrors) {
    this(
        replicas,
        selectorMatchLabels,
        selectorHasExpressions,
        templateLabels,
        podTemplateHash,
        images,
        minReadySeconds,
        progressDeadlineSeconds,
        revisionHistoryLimit,
        paused,
        canary,
        blueGreen,
        decodeErrors,
        false,
        null,
        null,
        null);
  }

  /**
   * spec.workloadRef: the Rollout takes its template (and selector) from another object.
   *
   * @param kind Deployment, ReplicaSet or PodTemplate
   * @param scaleDown "never" (or ""), "onsuccess" or "progressively"
   */
  public record WorkloadRef(String apiVersion, String kind, String name, String scaleDown)
      implements CborSerializable {}

  /**
   * strategy.canary as the domain sees it.
   *
   * @param steps canary.steps; null or empty = no steps (a rolling update straight to 100%)
   * @param stepsHash hash of the JSON of canary.steps (status.currentStepHash)
   * @param maxSurge canary.maxSurge; null = "25%"
   * @param maxUnavailable canary.maxUnavailable; null = "25%"
   * @param unsupportedFields canary fields present that Stepwise does not support yet (e.g.
   *     "trafficRouting")
   * @param analysis canary.analysis (the background analysis), or null
   */
  public record CanarySpec(
      List<Step> steps,
      String stepsHash,
      IntOrPercent maxSurge,
      IntOrPercent maxUnavailable,
      List<String> unsupportedFields,
      RolloutAnalysis analysis)
      implements CborSerializable {

    /** The canary without background analysis (the shape before analysis support). */
    public CanarySpec(
        List<Step> steps,
        String stepsHash,
        IntOrPercent maxSurge,
        IntOrPercent maxUnavailable,
        List<String> unsupportedFields) {
      this(steps, stepsHash, maxSurge, maxUnavailable, unsupportedFields, null);
    }
  }
}
