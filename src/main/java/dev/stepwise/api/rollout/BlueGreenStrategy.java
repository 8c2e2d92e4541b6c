package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import dev.stepwise.api.common.PodTemplateMetadata;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec.strategy.blueGreen} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BlueGreenStrategy extends ApiObject {
  @JsonProperty("abortScaleDownDelaySeconds")
  private Integer abortScaleDownDelaySeconds;

  @JsonProperty("activeMetadata")
  private PodTemplateMetadata activeMetadata;

  @Required
  @JsonProperty("activeService")
  private String activeService;

  @JsonProperty("antiAffinity")
  private AntiAffinity antiAffinity;

  @JsonProperty("autoPromotionEnabled")
  private Boolean autoPromotionEnabled;

  @JsonProperty("autoPromotionSeconds")
  private Integer autoPromotionSeconds;

  @JsonProperty("maxUnavailable")
  private IntOrString maxUnavailable;

  @JsonProperty("postPromotionAnalysis")
  private RolloutAnalysis postPromotionAnalysis;

  @JsonProperty("prePromotionAnalysis")
  private RolloutAnalysis prePromotionAnalysis;

  @JsonProperty("previewMetadata")
  private PodTemplateMetadata previewMetadata;

  @JsonProperty("previewReplicaCount")
  private Integer previewReplicaCount;

  @JsonProperty("previewService")
  private String previewService;

  @JsonProperty("scaleDownDelayRevisionLimit")
  private Integer scaleDownDelayRevisionLimit;

  @JsonProperty("scaleDownDelaySeconds")
  private Integer scaleDownDelaySeconds;

  public Integer getAbortScaleDownDelaySeconds() {
    return abortScaleDownDelaySeconds;
  }

  public void setAbortScaleDownDelaySeconds(Integer abortScaleDownDelaySeconds) {
    this.abortScaleDownDelaySeconds = abortScaleDownDelaySeconds;
  }

  public PodTemplateMetadata getActiveMetadata() {
    return activeMetadata;
  }

  public void setActiveMetadata(PodTemplateMetadata activeMetadata) {
    this.activeMetadata = activeMetadata;
  }

  public String getActiveService() {
    return activeService;
  }

  public void setActiveService(String activeService) {
    this.activeService = activeService;
  }

  public AntiAffinity getAntiAffinity() {
    return antiAffinity;
  }

  public void setAntiAffinity(AntiAffinity antiAffinity) {
    this.antiAffinity = antiAffinity;
  }

  public Boolean getAutoPromotionEnabled() {
    return autoPromotionEnabled;
  }

  public void setAutoPromotionEnabled(Boolean autoPromotionEnabled) {
    this.autoPromotionEnabled = autoPromotionEnabled;
  }

  public Integer getAutoPromotionSeconds() {
    return autoPromotionSeconds;
  }

  public void setAutoPromotionSeconds(Integer autoPromotionSeconds) {
    this.autoPromotionSeconds = autoPromotionSeconds;
  }

  public IntOrString getMaxUnavailable() {
    return maxUnavailable;
  }

  public void setMaxUnavailable(IntOrString maxUnavailable) {
    this.maxUnavailable = maxUnavailable;
  }

  public RolloutAnalysis getPostPromotionAnalysis() {
    return postPromotionAnalysis;
  }

  public void setPostPromotionAnalysis(RolloutAnalysis postPromotionAnalysis) {
    this.postPromotionAnalysis = postPromotionAnalysis;
  }

  public RolloutAnalysis getPrePromotionAnalysis() {
    return prePromotionAnalysis;
  }

  public void setPrePromotionAnalysis(RolloutAnalysis prePromotionAnalysis) {
    this.prePromotionAnalysis = prePromotionAnalysis;
  }

  public PodTemplateMetadata getPreviewMetadata() {
    return previewMetadata;
  }

  public void setPreviewMetadata(PodTemplateMetadata previewMetadata) {
    this.previewMetadata = previewMetadata;
  }

  public Integer getPreviewReplicaCount() {
    return previewReplicaCount;
  }

  public void setPreviewReplicaCount(Integer previewReplicaCount) {
    this.previewReplicaCount = previewReplicaCount;
  }

  public String getPreviewService() {
    return previewService;
  }

  public void setPreviewService(String previewService) {
    this.previewService = previewService;
  }

  public Integer getScaleDownDelayRevisionLimit() {
    return scaleDownDelayRevisionLimit;
  }

  public void setScaleDownDelayRevisionLimit(Integer scaleDownDelayRevisionLimit) {
    this.scaleDownDelayRevisionLimit = scaleDownDelayRevisionLimit;
  }

  public Integer getScaleDownDelaySeconds() {
    return scaleDownDelaySeconds;
  }

  public void setScaleDownDelaySeconds(Integer scaleDownDelaySeconds) {
    this.scaleDownDelaySeconds = scaleDownDelaySeconds;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlueGreenStrategy that
        && Objects.equals(abortScaleDownDelaySeconds, that.abortScaleDownDelaySeconds)
        && Objects.equals(activeMetadata, that.activeMetadata)
        && Objects.equals(activeService, that.activeService)
        && Objects.equals(antiAffinity, that.antiAffinity)
        && Objects.equals(autoPromotionEnabled, that.autoPromotionEnabled)
        && Objects.equals(autoPromotionSeconds, that.autoPromotionSeconds)
        && Objects.equals(maxUnavailable, that.maxUnavailable)
        && Objects.equals(postPromotionAnalysis, that.postPromotionAnalysis)
        && Objects.equals(prePromotionAnalysis, that.prePromotionAnalysis)
        && Objects.equals(previewMetadata, that.previewMetadata)
        && Objects.equals(previewReplicaCount, that.previewReplicaCount)
        && Objects.equals(previewService, that.previewService)
        && Objects.equals(scaleDownDelayRevisionLimit, that.scaleDownDelayRevisionLimit)
        && Objects.equals(scaleDownDelaySeconds, that.scaleDownDelaySeconds)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        abortScaleDownDelaySeconds,
        activeMetadata,
        activeService,
        antiAffinity,
        autoPromotionEnabled,
        autoPromotionSeconds,
        maxUnavailable,
        postPromotionAnalysis,
        prePromotionAnalysis,
        previewMetadata,
        previewReplicaCount,
        previewService,
        scaleDownDelayRevisionLimit,
        scaleDownDelaySeconds,
        extras());
  }
}
