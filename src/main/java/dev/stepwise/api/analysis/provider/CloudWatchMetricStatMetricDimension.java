package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.metrics[].provider.cloudWatch.metricDataQueries[].metricStat.metric.dimensions[]} of
 * AnalysisTemplate, {@code
 * spec.metrics[].provider.cloudWatch.metricDataQueries[].metricStat.metric.dimensions[]} of
 * AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CloudWatchMetricStatMetricDimension extends ApiObject {
  @JsonProperty("name")
  private String name;

  @JsonProperty("value")
  private String value;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CloudWatchMetricStatMetricDimension that
        && Objects.equals(name, that.name)
        && Objects.equals(value, that.value)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, value, extras());
  }
}
