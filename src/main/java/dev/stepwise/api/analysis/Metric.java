package dev.stepwise.api.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[]} of AnalysisTemplate, {@code
 * spec.metrics[]} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Metric extends ApiObject {
  @JsonProperty("consecutiveErrorLimit")
  private IntOrString consecutiveErrorLimit;

  @JsonProperty("consecutiveSuccessLimit")
  private IntOrString consecutiveSuccessLimit;

  @JsonProperty("count")
  private IntOrString count;

  @JsonProperty("failureCondition")
  private String failureCondition;

  @JsonProperty("failureLimit")
  private IntOrString failureLimit;

  @JsonProperty("inconclusiveLimit")
  private IntOrString inconclusiveLimit;

  @JsonProperty("initialDelay")
  private String initialDelay;

  @JsonProperty("interval")
  private String interval;

  @Required
  @JsonProperty("name")
  private String name;

  @Required
  @JsonProperty("provider")
  private MetricProvider provider;

  @JsonProperty("successCondition")
  private String successCondition;

  public IntOrString getConsecutiveErrorLimit() {
    return consecutiveErrorLimit;
  }

  public void setConsecutiveErrorLimit(IntOrString consecutiveErrorLimit) {
    this.consecutiveErrorLimit = consecutiveErrorLimit;
  }

  public IntOrString getConsecutiveSuccessLimit() {
    return consecutiveSuccessLimit;
  }

  public void setConsecutiveSuccessLimit(IntOrString consecutiveSuccessLimit) {
    this.consecutiveSuccessLimit = consecutiveSuccessLimit;
  }

  public IntOrString getCount() {
    return count;
  }

  public void setCount(IntOrString count) {
    this.count = count;
  }

  public String getFailureCondition() {
    return failureCondition;
  }

  public void setFailureCondition(String failureCondition) {
    this.failureCondition = failureCondition;
  }

  public IntOrString getFailureLimit() {
    return failureLimit;
  }

  public void setFailureLimit(IntOrString failureLimit) {
    this.failureLimit = failureLimit;
  }

  public IntOrString getInconclusiveLimit() {
    return inconclusiveLimit;
  }

  public void setInconclusiveLimit(IntOrString inconclusiveLimit) {
    this.inconclusiveLimit = inconclusiveLimit;
  }

  public String getInitialDelay() {
    return initialDelay;
  }

  public void setInitialDelay(String initialDelay) {
    this.initialDelay = initialDelay;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public MetricProvider getProvider() {
    return provider;
  }

  public void setProvider(MetricProvider provider) {
    this.provider = provider;
  }

  public String getSuccessCondition() {
    return successCondition;
  }

  public void setSuccessCondition(String successCondition) {
    this.successCondition = successCondition;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Metric that
        && Objects.equals(consecutiveErrorLimit, that.consecutiveErrorLimit)
        && Objects.equals(consecutiveSuccessLimit, that.consecutiveSuccessLimit)
        && Objects.equals(count, that.count)
        && Objects.equals(failureCondition, that.failureCondition)
        && Objects.equals(failureLimit, that.failureLimit)
        && Objects.equals(inconclusiveLimit, that.inconclusiveLimit)
        && Objects.equals(initialDelay, that.initialDelay)
        && Objects.equals(interval, that.interval)
        && Objects.equals(name, that.name)
        && Objects.equals(provider, that.provider)
        && Objects.equals(successCondition, that.successCondition)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        consecutiveErrorLimit,
        consecutiveSuccessLimit,
        count,
        failureCondition,
        failureLimit,
        inconclusiveLimit,
        initialDelay,
        interval,
        name,
        provider,
        successCondition,
        extras());
  }
}
