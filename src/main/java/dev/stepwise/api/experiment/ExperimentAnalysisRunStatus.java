package dev.stepwise.api.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** The Argo Rollouts object found at {@code status.analysisRuns[]} of Experiment. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ExperimentAnalysisRunStatus extends ApiObject {
  @Required
  @JsonProperty("analysisRun")
  private String analysisRun;

  @JsonProperty("message")
  private String message;

  @Required
  @JsonProperty("name")
  private String name;

  @Required
  @JsonProperty("phase")
  private String phase;

  public String getAnalysisRun() {
    return analysisRun;
  }

  public void setAnalysisRun(String analysisRun) {
    this.analysisRun = analysisRun;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExperimentAnalysisRunStatus that
        && Objects.equals(analysisRun, that.analysisRun)
        && Objects.equals(message, that.message)
        && Objects.equals(name, that.name)
        && Objects.equals(phase, that.phase)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(analysisRun, message, name, phase, extras());
  }
}
