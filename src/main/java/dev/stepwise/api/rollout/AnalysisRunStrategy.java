package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec.analysis} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AnalysisRunStrategy extends ApiObject {
  @JsonProperty("successfulRunHistoryLimit")
  private Integer successfulRunHistoryLimit;

  @JsonProperty("unsuccessfulRunHistoryLimit")
  private Integer unsuccessfulRunHistoryLimit;

  public Integer getSuccessfulRunHistoryLimit() {
    return successfulRunHistoryLimit;
  }

  public void setSuccessfulRunHistoryLimit(Integer successfulRunHistoryLimit) {
    this.successfulRunHistoryLimit = successfulRunHistoryLimit;
  }

  public Integer getUnsuccessfulRunHistoryLimit() {
    return unsuccessfulRunHistoryLimit;
  }

  public void setUnsuccessfulRunHistoryLimit(Integer unsuccessfulRunHistoryLimit) {
    this.unsuccessfulRunHistoryLimit = unsuccessfulRunHistoryLimit;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnalysisRunStrategy that
        && Objects.equals(successfulRunHistoryLimit, that.successfulRunHistoryLimit)
        && Objects.equals(unsuccessfulRunHistoryLimit, that.unsuccessfulRunHistoryLimit)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(successfulRunHistoryLimit, unsuccessfulRunHistoryLimit, extras());
  }
}
