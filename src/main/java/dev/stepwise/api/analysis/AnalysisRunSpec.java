package dev.stepwise.api.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import dev.stepwise.api.common.DryRun;
import dev.stepwise.api.common.MeasurementRetention;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec} of AnalysisRun. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AnalysisRunSpec extends ApiObject {
  @JsonProperty("args")
  private List<Argument> args;

  @JsonProperty("dryRun")
  private List<DryRun> dryRun;

  @JsonProperty("measurementRetention")
  private List<MeasurementRetention> measurementRetention;

  @Required
  @JsonProperty("metrics")
  private List<Metric> metrics;

  @JsonProperty("terminate")
  private Boolean terminate;

  @JsonProperty("ttlStrategy")
  private TtlStrategy ttlStrategy;

  public List<Argument> getArgs() {
    return args;
  }

  public void setArgs(List<Argument> args) {
    this.args = args;
  }

  public List<DryRun> getDryRun() {
    return dryRun;
  }

  public void setDryRun(List<DryRun> dryRun) {
    this.dryRun = dryRun;
  }

  public List<MeasurementRetention> getMeasurementRetention() {
    return measurementRetention;
  }

  public void setMeasurementRetention(List<MeasurementRetention> measurementRetention) {
    this.measurementRetention = measurementRetention;
  }

  public List<Metric> getMetrics() {
    return metrics;
  }

  public void setMetrics(List<Metric> metrics) {
    this.metrics = metrics;
  }

  public Boolean getTerminate() {
    return terminate;
  }

  public void setTerminate(Boolean terminate) {
    this.terminate = terminate;
  }

  public TtlStrategy getTtlStrategy() {
    return ttlStrategy;
  }

  public void setTtlStrategy(TtlStrategy ttlStrategy) {
    this.ttlStrategy = ttlStrategy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnalysisRunSpec that
        && Objects.equals(args, that.args)
        && Objects.equals(dryRun, that.dryRun)
        && Objects.equals(measurementRetention, that.measurementRetention)
        && Objects.equals(metrics, that.metrics)
        && Objects.equals(terminate, that.terminate)
        && Objects.equals(ttlStrategy, that.ttlStrategy)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        args, dryRun, measurementRetention, metrics, terminate, ttlStrategy, extras());
  }
}
