package dev.stepwise.api.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.List;
import java.util.Objects;

/** The Argo Rollouts object found at {@code status} of Experiment. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ExperimentStatus extends ApiObject {
  @JsonProperty("analysisRuns")
  private List<ExperimentAnalysisRunStatus> analysisRuns;

  @JsonProperty("availableAt")
  private String availableAt;

  @JsonProperty("conditions")
  private List<ExperimentCondition> conditions;

  @JsonProperty("message")
  private String message;

  @JsonProperty("phase")
  private String phase;

  @JsonProperty("templateStatuses")
  private List<TemplateStatus> templateStatuses;

  public List<ExperimentAnalysisRunStatus> getAnalysisRuns() {
    return analysisRuns;
  }

  public void setAnalysisRuns(List<ExperimentAnalysisRunStatus> analysisRuns) {
    this.analysisRuns = analysisRuns;
  }

  public String getAvailableAt() {
    return availableAt;
  }

  public void setAvailableAt(String availableAt) {
    this.availableAt = availableAt;
  }

  public List<ExperimentCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<ExperimentCondition> conditions) {
    this.conditions = conditions;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public List<TemplateStatus> getTemplateStatuses() {
    return templateStatuses;
  }

  public void setTemplateStatuses(List<TemplateStatus> templateStatuses) {
    this.templateStatuses = templateStatuses;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExperimentStatus that
        && Objects.equals(analysisRuns, that.analysisRuns)
        && Objects.equals(availableAt, that.availableAt)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(message, that.message)
        && Objects.equals(phase, that.phase)
        && Objects.equals(templateStatuses, that.templateStatuses)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        analysisRuns, availableAt, conditions, message, phase, templateStatuses, extras());
  }
}
