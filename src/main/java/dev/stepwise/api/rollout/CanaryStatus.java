package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.List;
import java.util.Objects;

/** The Argo Rollouts object found at {@code status.canary} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CanaryStatus extends ApiObject {
  @JsonProperty("currentBackgroundAnalysisRunStatus")
  private RolloutAnalysisRunStatus currentBackgroundAnalysisRunStatus;

  @JsonProperty("currentExperiment")
  private String currentExperiment;

  @JsonProperty("currentStepAnalysisRunStatus")
  private RolloutAnalysisRunStatus currentStepAnalysisRunStatus;

  @JsonProperty("stablePingPong")
  private String stablePingPong;

  @JsonProperty("stepPluginStatuses")
  private List<StepPluginStatus> stepPluginStatuses;

  @JsonProperty("weights")
  private TrafficWeights weights;

  public RolloutAnalysisRunStatus getCurrentBackgroundAnalysisRunStatus() {
    return currentBackgroundAnalysisRunStatus;
  }

  public void setCurrentBackgroundAnalysisRunStatus(
      RolloutAnalysisRunStatus currentBackgroundAnalysisRunStatus) {
    this.currentBackgroundAnalysisRunStatus = currentBackgroundAnalysisRunStatus;
  }

  public String getCurrentExperiment() {
    return currentExperiment;
  }

  public void setCurrentExperiment(String currentExperiment) {
    this.currentExperiment = currentExperiment;
  }

  public RolloutAnalysisRunStatus getCurrentStepAnalysisRunStatus() {
    return currentStepAnalysisRunStatus;
  }

  public void setCurrentStepAnalysisRunStatus(
      RolloutAnalysisRunStatus currentStepAnalysisRunStatus) {
    this.currentStepAnalysisRunStatus = currentStepAnalysisRunStatus;
  }

  public String getStablePingPong() {
    return stablePingPong;
  }

  public void setStablePingPong(String stablePingPong) {
    this.stablePingPong = stablePingPong;
  }

  public List<StepPluginStatus> getStepPluginStatuses() {
    return stepPluginStatuses;
  }

  public void setStepPluginStatuses(List<StepPluginStatus> stepPluginStatuses) {
    this.stepPluginStatuses = stepPluginStatuses;
  }

  public TrafficWeights getWeights() {
    return weights;
  }

  public void setWeights(TrafficWeights weights) {
    this.weights = weights;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CanaryStatus that
        && Objects.equals(
            currentBackgroundAnalysisRunStatus, that.currentBackgroundAnalysisRunStatus)
        && Objects.equals(currentExperiment, that.currentExperiment)
        && Objects.equals(currentStepAnalysisRunStatus, that.currentStepAnalysisRunStatus)
        && Objects.equals(stablePingPong, that.stablePingPong)
        && Objects.equals(stepPluginStatuses, that.stepPluginStatuses)
        && Objects.equals(weights, that.weights)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        currentBackgroundAnalysisRunStatus,
        currentExperiment,
        currentStepAnalysisRunStatus,
        stablePingPong,
        stepPluginStatuses,
        weights,
        extras());
  }
}
