package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[].provider.cloudWatch.metricDataQueries[]}
 * of AnalysisTemplate, {@code spec.metrics[].provider.cloudWatch.metricDataQueries[]} of
 * AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CloudWatchMetricDataQuery extends ApiObject {
  @JsonProperty("expression")
  private String expression;

  @JsonProperty("id")
  private String id;

  @JsonProperty("label")
  private String label;

  @JsonProperty("metricStat")
  private CloudWatchMetricStat metricStat;

  @JsonProperty("period")
  private IntOrString period;

  @JsonProperty("returnData")
  private Boolean returnData;

  public String getExpression() {
    return expression;
  }

  public void setExpression(String expression) {
    this.expression = expression;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public CloudWatchMetricStat getMetricStat() {
    return metricStat;
  }

  public void setMetricStat(CloudWatchMetricStat metricStat) {
    this.metricStat = metricStat;
  }

  public IntOrString getPeriod() {
    return period;
  }

  public void setPeriod(IntOrString period) {
    this.period = period;
  }

  public Boolean getReturnData() {
    return returnData;
  }

  public void setReturnData(Boolean returnData) {
    this.returnData = returnData;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CloudWatchMetricDataQuery that
        && Objects.equals(expression, that.expression)
        && Objects.equals(id, that.id)
        && Objects.equals(label, that.label)
        && Objects.equals(metricStat, that.metricStat)
        && Objects.equals(period, that.period)
        && Objects.equals(returnData, that.returnData)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(expression, id, label, metricStat, period, returnData, extras());
  }
}
