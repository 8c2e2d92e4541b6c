package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec.strategy.canary.steps[]} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CanaryStep extends ApiObject {
  @JsonProperty("analysis")
  private RolloutAnalysis analysis;

  @JsonProperty("experiment")
  private RolloutExperimentStep experiment;

  @JsonProperty("pause")
  private RolloutPause pause;

  @JsonProperty("plugin")
  private PluginStep plugin;

  @JsonProperty("setCanaryScale")
  private SetCanaryScale setCanaryScale;

  @JsonProperty("setHeaderRoute")
  private SetHeaderRoute setHeaderRoute;

  @JsonProperty("setMirrorRoute")
  private SetMirrorRoute setMirrorRoute;

  @JsonProperty("setWeight")
  private Integer setWeight;

  public RolloutAnalysis getAnalysis() {
    return analysis;
  }

  public void setAnalysis(RolloutAnalysis analysis) {
    this.analysis = analysis;
  }

  public RolloutExperimentStep getExperiment() {
    return experiment;
  }

  public void setExperiment(RolloutExperimentStep experiment) {
    this.experiment = experiment;
  }

  public RolloutPause getPause() {
    return pause;
  }

  public void setPause(RolloutPause pause) {
    this.pause = pause;
  }

  public PluginStep getPlugin() {
    return plugin;
  }

  public void setPlugin(PluginStep plugin) {
    this.plugin = plugin;
  }

  public SetCanaryScale getSetCanaryScale() {
    return setCanaryScale;
  }

  public void setSetCanaryScale(SetCanaryScale setCanaryScale) {
    this.setCanaryScale = setCanaryScale;
  }

  public SetHeaderRoute getSetHeaderRoute() {
    return setHeaderRoute;
  }

  public void setSetHeaderRoute(SetHeaderRoute setHeaderRoute) {
    this.setHeaderRoute = setHeaderRoute;
  }

  public SetMirrorRoute getSetMirrorRoute() {
    return setMirrorRoute;
  }

  public void setSetMirrorRoute(SetMirrorRoute setMirrorRoute) {
    this.setMirrorRoute = setMirrorRoute;
  }

  public Integer getSetWeight() {
    return setWeight;
  }

  public void setSetWeight(Integer setWeight) {
    this.setWeight = setWeight;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CanaryStep that
        && Objects.equals(analysis, that.analysis)
        && Objects.equals(experiment, that.experiment)
        && Objects.equals(pause, that.pause)
        && Objects.equals(plugin, that.plugin)
        && Objects.equals(setCanaryScale, that.setCanaryScale)
        && Objects.equals(setHeaderRoute, that.setHeaderRoute)
        && Objects.equals(setMirrorRoute, that.setMirrorRoute)
        && Objects.equals(setWeight, that.setWeight)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        analysis,
        experiment,
        pause,
        plugin,
        setCanaryScale,
        setHeaderRoute,
        setMirrorRoute,
        setWeight,
        extras());
  }
}
