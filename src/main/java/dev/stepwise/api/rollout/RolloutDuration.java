package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/** The Argo Rollouts object found at {@code status.duration} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RolloutDuration extends ApiObject {
  @JsonProperty("completionStatus")
  private String completionStatus;

  @JsonProperty("finishedAt")
  private String finishedAt;

  @JsonProperty("manualPauseStartedAt")
  private String manualPauseStartedAt;

  @JsonProperty("rolloutStartedAt")
  private String rolloutStartedAt;

  @JsonProperty("totalManualPauseDurationSeconds")
  private Long totalManualPauseDurationSeconds;

  public String getCompletionStatus() {
    return completionStatus;
  }

  public void setCompletionStatus(String completionStatus) {
    this.completionStatus = completionStatus;
  }

  public String getFinishedAt() {
    return finishedAt;
  }

  public void setFinishedAt(String finishedAt) {
    this.finishedAt = finishedAt;
  }

  public String getManualPauseStartedAt() {
    return manualPauseStartedAt;
  }

  public void setManualPauseStartedAt(String manualPauseStartedAt) {
    this.manualPauseStartedAt = manualPauseStartedAt;
  }

  public String getRolloutStartedAt() {
    return rolloutStartedAt;
  }

  public void setRolloutStartedAt(String rolloutStartedAt) {
    this.rolloutStartedAt = rolloutStartedAt;
  }

  public Long getTotalManualPauseDurationSeconds() {
    return totalManualPauseDurationSeconds;
  }

  public void setTotalManualPauseDurationSeconds(Long totalManualPauseDurationSeconds) {
    this.totalManualPauseDurationSeconds = totalManualPauseDurationSeconds;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RolloutDuration that
        && Objects.equals(completionStatus, that.completionStatus)
        && Objects.equals(finishedAt, that.finishedAt)
        && Objects.equals(manualPauseStartedAt, that.manualPauseStartedAt)
        && Objects.equals(rolloutStartedAt, that.rolloutStartedAt)
        && Objects.equals(totalManualPauseDurationSeconds, that.totalManualPauseDurationSeconds)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        completionStatus,
        finishedAt,
        manualPauseStartedAt,
        rolloutStartedAt,
        totalManualPauseDurationSeconds,
        extras());
  }
}
