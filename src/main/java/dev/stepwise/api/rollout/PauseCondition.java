package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** The Argo Rollouts object found at {@code status.pauseConditions[]} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PauseCondition extends ApiObject {
  @Required
  @JsonProperty("reason")
  private String reason;

  @Required
  @JsonProperty("startTime")
  private String startTime;

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getStartTime() {
    return startTime;
  }

  public void setStartTime(String startTime) {
    this.startTime = startTime;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PauseCondition that
        && Objects.equals(reason, that.reason)
        && Objects.equals(startTime, that.startTime)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reason, startTime, extras());
  }
}
