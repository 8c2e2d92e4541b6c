package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code status.blueGreen.postPromotionAnalysisRunStatus} of
 * Rollout, {@code status.blueGreen.prePromotionAnalysisRunStatus} of Rollout, {@code
 * status.canary.currentBackgroundAnalysisRunStatus} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RolloutAnalysisRunStatus extends ApiObject {
  @JsonProperty("message")
  private String message;

  @Required
  @JsonProperty("name")
  private String name;

  @Required
  @JsonProperty("status")
  private String status;

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

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RolloutAnalysisRunStatus that
        && Objects.equals(message, that.message)
        && Objects.equals(name, that.name)
        && Objects.equals(status, that.status)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, name, status, extras());
  }
}
