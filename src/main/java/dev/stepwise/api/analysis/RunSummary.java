package dev.stepwise.api.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code status.dryRunSummary} of AnalysisRun, {@code
 * status.runSummary} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RunSummary extends ApiObject {
  @JsonProperty("count")
  private Integer count;

  @JsonProperty("error")
  private Integer error;

  @JsonProperty("failed")
  private Integer failed;

  @JsonProperty("inconclusive")
  private Integer inconclusive;

  @JsonProperty("successful")
  private Integer successful;

  public Integer getCount() {
    return count;
  }

  public void setCount(Integer count) {
    this.count = count;
  }

  public Integer getError() {
    return error;
  }

  public void setError(Integer error) {
    this.error = error;
  }

  public Integer getFailed() {
    return failed;
  }

  public void setFailed(Integer failed) {
    this.failed = failed;
  }

  public Integer getInconclusive() {
    return inconclusive;
  }

  public void setInconclusive(Integer inconclusive) {
    this.inconclusive = inconclusive;
  }

  public Integer getSuccessful() {
    return successful;
  }

  public void setSuccessful(Integer successful) {
    this.successful = successful;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RunSummary that
        && Objects.equals(count, that.count)
        && Objects.equals(error, that.error)
        && Objects.equals(failed, that.failed)
        && Objects.equals(inconclusive, that.inconclusive)
        && Objects.equals(successful, that.successful)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, error, failed, inconclusive, successful, extras());
  }
}
