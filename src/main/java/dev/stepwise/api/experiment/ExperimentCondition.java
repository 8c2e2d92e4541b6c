package dev.stepwise.api.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** The Argo Rollouts object found at {@code status.conditions[]} of Experiment. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ExperimentCondition extends ApiObject {
  @Required
  @JsonProperty("lastTransitionTime")
  private String lastTransitionTime;

  @Required
  @JsonProperty("lastUpdateTime")
  private String lastUpdateTime;

  @Required
  @JsonProperty("message")
  private String message;

  @Required
  @JsonProperty("reason")
  private String reason;

  @Required
  @JsonProperty("status")
  private String status;

  @Required
  @JsonProperty("type")
  private String type;

  public String getLastTransitionTime() {
    return lastTransitionTime;
  }

  public void setLastTransitionTime(String lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
  }

  public String getLastUpdateTime() {
    return lastUpdateTime;
  }

  public void setLastUpdateTime(String lastUpdateTime) {
    this.lastUpdateTime = lastUpdateTime;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExperimentCondition that
        && Objects.equals(lastTransitionTime, that.lastTransitionTime)
        && Objects.equals(lastUpdateTime, that.lastUpdateTime)
        && Objects.equals(message, that.message)
        && Objects.equals(reason, that.reason)
        && Objects.equals(status, that.status)
        && Objects.equals(type, that.type)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        lastTransitionTime, lastUpdateTime, message, reason, status, type, extras());
  }
}
