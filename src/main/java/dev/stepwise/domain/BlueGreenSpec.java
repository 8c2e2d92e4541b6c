package dev.stepwise.domain;

/**
 * strategy.blueGreen as the domain sees it (semantics §1.3). activeMetadata, previewMetadata and
 * antiAffinity are applied by kube/ from the raw spec; only their presence matters here.
 *
 * @param activeService the Service that receives production traffic (required)
 * @param previewService the Service pointed at the new revision before promotion ("" when unset)
 * @param previewReplicaCount the new revision's size until promotion; null = full size
 * @param autoPromotionEnabled false adds the BlueGreenPause once the preview is ready
 * @param autoPromotionSeconds &gt; 0 pauses that many seconds, then promotes (0 = no pause)
 * @param scaleDownDelaySeconds how long the previous revision stays up after the switch; null = 30
 * @param scaleDownDelayRevisionLimit how many old revisions may wait for their delay; null =
 *     unlimited
 * @param abortScaleDownDelaySeconds how long the preview stays up after an abort; null = 30, 0 =
 *     forever
 * @param prePromotionAnalysis prePromotionAnalysis is configured (a gate before the switch)
 * @param postPromotionAnalysis postPromotionAnalysis is configured (a gate before stable)
 * @param preAnalysis prePromotionAnalysis, or null (absent before analysis support)
 * @param postAnalysis postPromotionAnalysis, or null
 */
public record BlueGreenSpec(
    String activeService,
    String previewService,
    Integer previewReplicaCount,
    boolean autoPromotionEnabled,
    int autoPromotionSeconds,
    Integer scaleDownDelaySeconds,
    Integer scaleDownDelayRevisionLimit,
    Integer abortScaleDownDelaySeconds,
    boolean prePromotionAnalysis,
    boolean postPromotionAnalysis,
    RolloutAnalysis preAnalysis,
    RolloutAnalysis postAnalysis)
    implements CborSerializable {

  /** The strategy without the analyses themselves (the shape before analysis support). */
  public BlueGreenSpec(
      String activeService,
      String previewService,
      Integer previewReplicaCount,
      boolean autoPromotionEnabled,
      int autoPromotionSeconds,
      Integer scaleDownDelaySeconds,
      Integer scaleDownDelayRevisionLimit,
      Integer abortScaleDownDelaySeconds,
      boolean prePromotionAnalysis,
      boolean postPromotionAnalysis) {
    this(
        activeService,
        previewService,
        previewReplicaCount,
        autoPromotionEnabled,
        autoPromotionSeconds,
        scaleDownDelaySeconds,
        scaleDownDelayRevisionLimit,
        abortScaleDownDelaySeconds,
        prePromotionAnalysis,
        postPromotionAnalysis,
        null,
        null);
  }

  static final int DEFAULT_SCALE_DOWN_DELAY = 30;
  static final int DEFAULT_ABORT_SCALE_DOWN_DELAY = 30;

  /** Upstream adds the BlueGreenPause when promotion is manual or delayed. */
  boolean needsPause() {
    return !autoPromotionEnabled || autoPromotionSeconds > 0;
  }

  boolean hasPreview() {
    return previewService != null && !previewService.isEmpty();
  }

  int scaleDownDelay() {
    return scaleDownDelaySeconds == null ? DEFAULT_SCALE_DOWN_DELAY : scaleDownDelaySeconds;
  }

  int abortScaleDownDelay() {
    return abortScaleDownDelaySeconds == null
        ? DEFAULT_ABORT_SCALE_DOWN_DELAY
        : abortScaleDownDelaySeconds;
  }
}
