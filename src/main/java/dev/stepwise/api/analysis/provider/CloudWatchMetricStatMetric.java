package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.List;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.metrics[].provider.cloudWatch.metricDataQueries[].metricStat.metric} of AnalysisTemplate,
 * {@code spec.metrics[].provider.cloudWatch.metricDataQueries[].metricStat.metric} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CloudWatchMetricStatMetric extends ApiObject {
  @JsonProperty("dimensions")
  private List<CloudWatchMetricStatMetricDimension> dimensions;

  @JsonProperty("metricName")
  private String metricName;

  @JsonProperty("namespace")
  private String namespace;

  public List<CloudWatchMetricStatMetricDimension> getDimensions() {
    return dimensions;
  }

  public void setDimensions(List<CloudWatchMetricStatMetricDimension> dimensions) {
    this.dimensions = dimensions;
  }

  public String getMetricName() {
    return metricName;
  }

  public void setMetricName(String metricName) {
    this.metricName = metricName;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CloudWatchMetricStatMetric that
        && Objects.equals(dimensions, that.dimensions)
        && Objects.equals(metricName, that.metricName)
        && Objects.equals(namespace, that.namespace)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimensions, metricName, namespace, extras());
  }
}
