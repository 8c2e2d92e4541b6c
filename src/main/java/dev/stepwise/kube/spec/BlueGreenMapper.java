package dev.stepwise.kube.spec;

import dev.stepwise.domain.BlueGreenSpec;
import java.util.Map;

/** Reads strategy.blueGreen into the domain's {@link BlueGreenSpec}, tolerantly. */
final class BlueGreenMapper {
  private static final String PATH = "spec.strategy.blueGreen.";

  private BlueGreenMapper() {}

  static BlueGreenSpec map(Decoder d, Map<String, Object> bg) {
    return map(d, bg, null);
  }

  /** {@code rollout}: the whole Rollout (for fieldRef arguments), or null. */
  static BlueGreenSpec map(Decoder d, Map<String, Object> bg, Map<String, Object> rollout) {
    AnalysisMapper analyses = new AnalysisMapper(d, rollout);
    String active = d.string(bg, "activeService", PATH + "activeService");
    String preview = d.string(bg, "previewService", PATH + "previewService");
    Integer seconds = d.int32(bg, "autoPromotionSeconds", PATH + "autoPromotionSeconds");
    // autoPromotionEnabled defaults to true: only an explicit false turns it off
    boolean auto = !Boolean.FALSE.equals(bg.get("autoPromotionEnabled"));
    if (bg.get("autoPromotionEnabled") != null
        && !(bg.get("autoPromotionEnabled") instanceof Boolean)) {
      d.error(PATH + "autoPromotionEnabled", "not a boolean: " + bg.get("autoPromotionEnabled"));
    }
    return new BlueGreenSpec(
        active == null ? "" : active,
        preview == null ? "" : preview,
        d.int32(bg, "previewReplicaCount", PATH + "previewReplicaCount"),
        auto,
        seconds == null ? 0 : seconds,
        d.int32(bg, "scaleDownDelaySeconds", PATH + "scaleDownDelaySeconds"),
        d.int32(bg, "scaleDownDelayRevisionLimit", PATH + "scaleDownDelayRevisionLimit"),
        d.int32(bg, "abortScaleDownDelaySeconds", PATH + "abortScaleDownDelaySeconds"),
        bg.get("prePromotionAnalysis") instanceof Map<?, ?>,
        bg.get("postPromotionAnalysis") instanceof Map<?, ?>,
        analyses.map(bg.get("prePromotionAnalysis"), PATH + "prePromotionAnalysis", false),
        analyses.map(bg.get("postPromotionAnalysis"), PATH + "postPromotionAnalysis", false));
  }
}
