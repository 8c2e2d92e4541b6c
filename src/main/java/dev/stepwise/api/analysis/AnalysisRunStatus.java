package dev.stepwise.api.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/** The Argo Rollouts object found at {@code status} of AnalysisRun. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AnalysisRunStatus extends ApiObject {
  @JsonProperty("completedAt")
  private String completedAt;

  @JsonProperty("dryRunSummary")
  private RunSummary dryRunSummary;

  @JsonProperty("message")
  private String message;

  @JsonProperty("metricResults")
  private List<MetricResult> metricResults;

  @Required
  @JsonProperty("phase")
  private String phase;

  @JsonProperty("runSummary")
  private RunSummary runSummary;

  @JsonProperty("startedAt")
  private String startedAt;

  public String getCompletedAt() {
    return completedAt;
  }

  public void setCompletedAt(String completedAt) {
    this.completedAt = completedAt;
  }

  public RunSummary getDryRunSummary() {
    return dryRunSummary;
  }

  public void setDryRunSummary(RunSummary dryRunSummary) {
    this.dryRunSummary = dryRunSummary;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public List<MetricResult> getMetricResults() {
    return metricResults;
  }

  public void setMetricResults(List<MetricResult> metricResults) {
    this.metricResults = metricResults;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public RunSummary getRunSummary() {
    return runSummary;
  }

  public void setRunSummary(RunSummary runSummary) {
    this.runSummary = runSummary;
  }

  public String getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(String startedAt) {
    this.startedAt = startedAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnalysisRunStatus that
        && Objects.equals(completedAt, that.completedAt)
        && Objects.equals(dryRunSummary, that.dryRunSummary)
        && Objects.equals(message, that.message)
        && Objects.equals(metricResults, that.metricResults)
        && Objects.equals(phase, that.phase)
        && Objects.equals(runSummary, that.runSummary)
        && Objects.equals(startedAt, that.startedAt)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        completedAt, dryRunSummary, message, metricResults, phase, runSummary, startedAt, extras());
  }
}
