package dev.stepwise.api.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec.ttlStrategy} of AnalysisRun. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TtlStrategy extends ApiObject {
  @JsonProperty("secondsAfterCompletion")
  private Integer secondsAfterCompletion;

  @JsonProperty("secondsAfterFailure")
  private Integer secondsAfterFailure;

  @JsonProperty("secondsAfterSuccess")
  private Integer secondsAfterSuccess;

  public Integer getSecondsAfterCompletion() {
    return secondsAfterCompletion;
  }

  public void setSecondsAfterCompletion(Integer secondsAfterCompletion) {
    this.secondsAfterCompletion = secondsAfterCompletion;
  }

  public Integer getSecondsAfterFailure() {
    return secondsAfterFailure;
  }

  public void setSecondsAfterFailure(Integer secondsAfterFailure) {
    this.secondsAfterFailure = secondsAfterFailure;
  }

  public Integer getSecondsAfterSuccess() {
    return secondsAfterSuccess;
  }

  public void setSecondsAfterSuccess(Integer secondsAfterSuccess) {
    this.secondsAfterSuccess = secondsAfterSuccess;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TtlStrategy that
        && Objects.equals(secondsAfterCompletion, that.secondsAfterCompletion)
        && Objects.equals(secondsAfterFailure, that.secondsAfterFailure)
        && Objects.equals(secondsAfterSuccess, that.secondsAfterSuccess)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(secondsAfterCompletion, secondsAfterFailure, secondsAfterSuccess, extras());
  }
}
