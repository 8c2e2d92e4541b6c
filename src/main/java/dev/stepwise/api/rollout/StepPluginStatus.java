package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.Map;
import java.util.Objects;

/** The Argo Rollouts object found at {@code status.canary.stepPluginStatuses[]} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class StepPluginStatus extends ApiObject {
  @JsonProperty("backoff")
  private String backoff;

  @JsonProperty("disabled")
  private Boolean disabled;

  @JsonProperty("executions")
  private Integer executions;

  @JsonProperty("finishedAt")
  private String finishedAt;

  @Required
  @JsonProperty("index")
  private Integer index;

  @JsonProperty("message")
  private String message;

  @Required
  @JsonProperty("name")
  private String name;

  @Required
  @JsonProperty("operation")
  private String operation;

  @JsonProperty("phase")
  private String phase;

  @JsonProperty("startedAt")
  private String startedAt;

  @PreserveUnknownFields
  @JsonProperty("status")
  private Map<String, Object> status;

  @JsonProperty("updatedAt")
  private String updatedAt;

  public String getBackoff() {
    return backoff;
  }

  public void setBackoff(String backoff) {
    this.backoff = backoff;
  }

  public Boolean getDisabled() {
    return disabled;
  }

  public void setDisabled(Boolean disabled) {
    this.disabled = disabled;
  }

  public Integer getExecutions() {
    return executions;
  }

  public void setExecutions(Integer executions) {
    this.executions = executions;
  }

  public String getFinishedAt() {
    return finishedAt;
  }

  public void setFinishedAt(String finishedAt) {
    this.finishedAt = finishedAt;
  }

  public Integer getIndex() {
    return index;
  }

  public void setIndex(Integer index) {
    this.index = index;
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

  public String getOperation() {
    return operation;
  }

  public void setOperation(String operation) {
    this.operation = operation;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public String getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(String startedAt) {
    this.startedAt = startedAt;
  }

  public Map<String, Object> getStatus() {
    return status;
  }

  public void setStatus(Map<String, Object> status) {
    this.status = status;
  }

  public String getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(String updatedAt) {
    this.updatedAt = updatedAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StepPluginStatus that
        && Objects.equals(backoff, that.backoff)
        && Objects.equals(disabled, that.disabled)
        && Objects.equals(executions, that.executions)
        && Objects.equals(finishedAt, that.finishedAt)
        && Objects.equals(index, that.index)
        && Objects.equals(message, that.message)
        && Objects.equals(name, that.name)
        && Objects.equals(operation, that.operation)
        && Objects.equals(phase, that.phase)
        && Objects.equals(startedAt, that.startedAt)
        && Objects.equals(status, that.status)
        && Objects.equals(updatedAt, that.updatedAt)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        backoff,
        disabled,
        executions,
        finishedAt,
        index,
        message,
        name,
        operation,
        phase,
        startedAt,
        status,
        updatedAt,
        extras());
  }
}
