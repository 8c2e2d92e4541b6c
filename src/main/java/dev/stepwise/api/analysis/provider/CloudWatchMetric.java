package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[].provider.cloudWatch} of AnalysisTemplate,
 * {@code spec.metrics[].provider.cloudWatch} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CloudWatchMetric extends ApiObject {
  @JsonProperty("interval")
  private String interval;

  @Required
  @JsonProperty("metricDataQueries")
  private List<CloudWatchMetricDataQuery> metricDataQueries;

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public List<CloudWatchMetricDataQuery> getMetricDataQueries() {
    return metricDataQueries;
  }

  public void setMetricDataQueries(List<CloudWatchMetricDataQuery> metricDataQueries) {
    this.metricDataQueries = metricDataQueries;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CloudWatchMetric that
        && Objects.equals(interval, that.interval)
        && Objects.equals(metricDataQueries, that.metricDataQueries)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(interval, metricDataQueries, extras());
  }
}
