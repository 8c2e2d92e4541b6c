package dev.stepwise.api.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Map;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code status.metricResults[].measurements[]} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Measurement extends ApiObject {
  @JsonProperty("finishedAt")
  private String finishedAt;

  @JsonProperty("message")
  private String message;

  @JsonProperty("metadata")
  private Map<String, String> metadata;

  @Required
  @JsonProperty("phase")
  private String phase;

  @JsonProperty("resumeAt")
  private String resumeAt;

  @JsonProperty("startedAt")
  private String startedAt;

  @JsonProperty("value")
  private String value;

  public String getFinishedAt() {
    return finishedAt;
  }

  public void setFinishedAt(String finishedAt) {
    this.finishedAt = finishedAt;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public Map<String, String> getMetadata() {
    return metadata;
  }

  public void setMetadata(Map<String, String> metadata) {
    this.metadata = metadata;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public String getResumeAt() {
    return resumeAt;
  }

  public void setResumeAt(String resumeAt) {
    this.resumeAt = resumeAt;
  }

  public String getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(String startedAt) {
    this.startedAt = startedAt;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Measurement that
        && Objects.equals(finishedAt, that.finishedAt)
        && Objects.equals(message, that.message)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(phase, that.phase)
        && Objects.equals(resumeAt, that.resumeAt)
        && Objects.equals(startedAt, that.startedAt)
        && Objects.equals(value, that.value)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(finishedAt, message, metadata, phase, resumeAt, startedAt, value, extras());
  }
}
