package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import dev.stepwise.api.common.PodTemplateMetadata;
import dev.stepwise.api.rollout.traffic.RolloutTrafficRouting;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.List;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec.strategy.canary} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CanaryStrategy extends ApiObject {
  @JsonProperty("abortScaleDownDelaySeconds")
  private Integer abortScaleDownDelaySeconds;

  @JsonProperty("analysis")
  private RolloutAnalysisBackground analysis;

  @JsonProperty("antiAffinity")
  private AntiAffinity antiAffinity;

  @JsonProperty("canaryMetadata")
  private PodTemplateMetadata canaryMetadata;

  @JsonProperty("canaryService")
  private String canaryService;

  @JsonProperty("dynamicStableScale")
  private Boolean dynamicStableScale;

  @JsonProperty("maxSurge")
  private IntOrString maxSurge;

  @JsonProperty("maxUnavailable")
  private IntOrString maxUnavailable;

  @JsonProperty("minPodsPerReplicaSet")
  private Integer minPodsPerReplicaSet;

  @JsonProperty("pingPong")
  private PingPongSpec pingPong;

  @JsonProperty("replicaProgressThreshold")
  private ReplicaProgressThreshold replicaProgressThreshold;

  @JsonProperty("scaleDownDelayRevisionLimit")
  private Integer scaleDownDelayRevisionLimit;

  @JsonProperty("scaleDownDelaySeconds")
  private Integer scaleDownDelaySeconds;

  @JsonProperty("stableMetadata")
  private PodTemplateMetadata stableMetadata;

  @JsonProperty("stableService")
  private String stableService;

  @JsonProperty("steps")
  private List<CanaryStep> steps;

  @JsonProperty("trafficRouting")
  private RolloutTrafficRouting trafficRouting;

  public Integer getAbortScaleDownDelaySeconds() {
    return abortScaleDownDelaySeconds;
  }

  public void setAbortScaleDownDelaySeconds(Integer abortScaleDownDelaySeconds) {
    this.abortScaleDownDelaySeconds = abortScaleDownDelaySeconds;
  }

  public RolloutAnalysisBackground getAnalysis() {
    return analysis;
  }

  public void setAnalysis(RolloutAnalysisBackground analysis) {
    this.analysis = analysis;
  }

  public AntiAffinity getAntiAffinity() {
    return antiAffinity;
  }

  public void setAntiAffinity(AntiAffinity antiAffinity) {
    this.antiAffinity = antiAffinity;
  }

  public PodTemplateMetadata getCanaryMetadata() {
    return canaryMetadata;
  }

  public void setCanaryMetadata(PodTemplateMetadata canaryMetadata) {
    this.canaryMetadata = canaryMetadata;
  }

  public String getCanaryService() {
    return canaryService;
  }

  public void setCanaryService(String canaryService) {
    this.canaryService = canaryService;
  }

  public Boolean getDynamicStableScale() {
    return dynamicStableScale;
  }

  public void setDynamicStableScale(Boolean dynamicStableScale) {
    this.dynamicStableScale = dynamicStableScale;
  }

  public IntOrString getMaxSurge() {
    return maxSurge;
  }

  public void setMaxSurge(IntOrString maxSurge) {
    this.maxSurge = maxSurge;
  }

  public IntOrString getMaxUnavailable() {
    return maxUnavailable;
  }

  public void setMaxUnavailable(IntOrString maxUnavailable) {
    this.maxUnavailable = maxUnavailable;
  }

  public Integer getMinPodsPerReplicaSet() {
    return minPodsPerReplicaSet;
  }

  public void setMinPodsPerReplicaSet(Integer minPodsPerReplicaSet) {
    this.minPodsPerReplicaSet = minPodsPerReplicaSet;
  }

  public PingPongSpec getPingPong() {
    return pingPong;
  }

  public void setPingPong(PingPongSpec pingPong) {
    this.pingPong = pingPong;
  }

  public ReplicaProgressThreshold getReplicaProgressThreshold() {
    return replicaProgressThreshold;
  }

  public void setReplicaProgressThreshold(ReplicaProgressThreshold replicaProgressThreshold) {
    this.replicaProgressThreshold = replicaProgressThreshold;
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

  public PodTemplateMetadata getStableMetadata() {
    return stableMetadata;
  }

  public void setStableMetadata(PodTemplateMetadata stableMetadata) {
    this.stableMetadata = stableMetadata;
  }

  public String getStableService() {
    return stableService;
  }

  public void setStableService(String stableService) {
    this.stableService = stableService;
  }

  public List<CanaryStep> getSteps() {
    return steps;
  }

  public void setSteps(List<CanaryStep> steps) {
    this.steps = steps;
  }

  public RolloutTrafficRouting getTrafficRouting() {
    return trafficRouting;
  }

  public void setTrafficRouting(RolloutTrafficRouting trafficRouting) {
    this.trafficRouting = trafficRouting;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CanaryStrategy that
        && Objects.equals(abortScaleDownDelaySeconds, that.abortScaleDownDelaySeconds)
        && Objects.equals(analysis, that.analysis)
        && Objects.equals(antiAffinity, that.antiAffinity)
        && Objects.equals(canaryMetadata, that.canaryMetadata)
        && Objects.equals(canaryService, that.canaryService)
        && Objects.equals(dynamicStableScale, that.dynamicStableScale)
        && Objects.equals(maxSurge, that.maxSurge)
        && Objects.equals(maxUnavailable, that.maxUnavailable)
        && Objects.equals(minPodsPerReplicaSet, that.minPodsPerReplicaSet)
        && Objects.equals(pingPong, that.pingPong)
        && Objects.equals(replicaProgressThreshold, that.replicaProgressThreshold)
        && Objects.equals(scaleDownDelayRevisionLimit, that.scaleDownDelayRevisionLimit)
        && Objects.equals(scaleDownDelaySeconds, that.scaleDownDelaySeconds)
        && Objects.equals(stableMetadata, that.stableMetadata)
        && Objects.equals(stableService, that.stableService)
        && Objects.equals(steps, that.steps)
        && Objects.equals(trafficRouting, that.trafficRouting)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        abortScaleDownDelaySeconds,
        analysis,
        antiAffinity,
        canaryMetadata,
        canaryService,
        dynamicStableScale,
        maxSurge,
        maxUnavailable,
        minPodsPerReplicaSet,
        pingPong,
        replicaProgressThreshold,
        scaleDownDelayRevisionLimit,
        scaleDownDelaySeconds,
        stableMetadata,
        stableService,
        steps,
        trafficRouting,
        extras());
  }
}
