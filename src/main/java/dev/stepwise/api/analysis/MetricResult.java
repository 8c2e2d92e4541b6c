package dev.stepwise.api.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The Argo Rollouts object found at {@code status.metricResults[]} of AnalysisRun. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class MetricResult extends ApiObject {
  @JsonProperty("consecutiveError")
  private Integer consecutiveError;

  @JsonProperty("consecutiveSuccess")
  private Integer consecutiveSuccess;

  @JsonProperty("count")
  private Integer count;

  @JsonProperty("dryRun")
  private Boolean dryRun;

  @JsonProperty("error")
  private Integer error;

  @JsonProperty("failed")
  private Integer failed;

  @JsonProperty("inconclusive")
  private Integer inconclusive;

  @JsonProperty("measurements")
  private List<Measurement> measurements;

  @JsonProperty("message")
  private String message;

  @JsonProperty("metadata")
  private Map<String, String> metadata;

  @Required
  @JsonProperty("name")
  private String name;

  @Required
  @JsonProperty("phase")
  private String phase;

  @JsonProperty("successful")
  private Integer successful;

  public Integer getConsecutiveError() {
    return consecutiveError;
  }

  public void setConsecutiveError(Integer consecutiveError) {
    this.consecutiveError = consecutiveError;
  }

  public Integer getConsecutiveSuccess() {
    return consecutiveSuccess;
  }

  public void setConsecutiveSuccess(Integer consecutiveSuccess) {
    this.consecutiveSuccess = consecutiveSuccess;
  }

  public Integer getCount() {
    return count;
  }

  public void setCount(Integer count) {
    this.count = count;
  }

  public Boolean getDryRun() {
    return dryRun;
  }

  public void setDryRun(Boolean dryRun) {
    this.dryRun = dryRun;
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

  public List<Measurement> getMeasurements() {
    return measurements;
  }

  public void setMeasurements(List<Measurement> measurements) {
    this.measurements = measurements;
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

  public Integer getSuccessful() {
    return successful;
  }

  public void setSuccessful(Integer successful) {
    this.successful = successful;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetricResult that
        && Objects.equals(consecutiveError, that.consecutiveError)
        && Objects.equals(consecutiveSuccess, that.consecutiveSuccess)
        && Objects.equals(count, that.count)
        && Objects.equals(dryRun, that.dryRun)
        && Objects.equals(error, that.error)
        && Objects.equals(failed, that.failed)
        && Objects.equals(inconclusive, that.inconclusive)
        && Objects.equals(measurements, that.measurements)
        && Objects.equals(message, that.message)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(name, that.name)
        && Objects.equals(phase, that.phase)
        && Objects.equals(successful, that.successful)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        consecutiveError,
        consecutiveSuccess,
        count,
        dryRun,
        error,
        failed,
        inconclusive,
        measurements,
        message,
        metadata,
        name,
        phase,
        successful,
        extras());
  }
}
