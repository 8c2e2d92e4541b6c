package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.metrics[].provider.cloudWatch.metricDataQueries[].metricStat} of AnalysisTemplate, {@code
 * spec.metrics[].provider.cloudWatch.metricDataQueries[].metricStat} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CloudWatchMetricStat extends ApiObject {
  @JsonProperty("metric")
  private CloudWatchMetricStatMetric metric;

  @JsonProperty("period")
  private IntOrString period;

  @JsonProperty("stat")
  private String stat;

  @JsonProperty("unit")
  private String unit;

  public CloudWatchMetricStatMetric getMetric() {
    return metric;
  }

  public void setMetric(CloudWatchMetricStatMetric metric) {
    this.metric = metric;
  }

  public IntOrString getPeriod() {
    return period;
  }

  public void setPeriod(IntOrString period) {
    this.period = period;
  }

  public String getStat() {
    return stat;
  }

  public void setStat(String stat) {
    this.stat = stat;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CloudWatchMetricStat that
        && Objects.equals(metric, that.metric)
        && Objects.equals(period, that.period)
        && Objects.equals(stat, that.stat)
        && Objects.equals(unit, that.unit)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metric, period, stat, unit, extras());
  }
}
