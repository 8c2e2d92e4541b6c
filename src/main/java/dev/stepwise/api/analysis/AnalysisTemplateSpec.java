package dev.stepwise.api.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.AnalysisTemplateRef;
import dev.stepwise.api.common.ApiObject;
import dev.stepwise.api.common.DryRun;
import dev.stepwise.api.common.MeasurementRetention;
import java.util.List;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec} of AnalysisTemplate. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AnalysisTemplateSpec extends ApiObject {
  @JsonProperty("args")
  private List<Argument> args;

  @JsonProperty("dryRun")
  private List<DryRun> dryRun;

  @JsonProperty("measurementRetention")
  private List<MeasurementRetention> measurementRetention;

  @JsonProperty("metrics")
  private List<Metric> metrics;

  @JsonProperty("templates")
  private List<AnalysisTemplateRef> templates;

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

  public List<AnalysisTemplateRef> getTemplates() {
    return templates;
  }

  public void setTemplates(List<AnalysisTemplateRef> templates) {
    this.templates = templates;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnalysisTemplateSpec that
        && Objects.equals(args, that.args)
        && Objects.equals(dryRun, that.dryRun)
        && Objects.equals(measurementRetention, that.measurementRetention)
        && Objects.equals(metrics, that.metrics)
        && Objects.equals(templates, that.templates)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(args, dryRun, measurementRetention, metrics, templates, extras());
  }
}
