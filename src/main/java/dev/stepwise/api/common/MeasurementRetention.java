package dev.stepwise.api.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.strategy.blueGreen.postPromotionAnalysis.measurementRetention[]} of Rollout, {@code
 * spec.strategy.blueGreen.prePromotionAnalysis.measurementRetention[]} of Rollout, {@code
 * spec.strategy.canary.analysis.measurementRetention[]} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class MeasurementRetention extends ApiObject {
  @Required
  @JsonProperty("limit")
  private Integer limit;

  @Required
  @JsonProperty("metricName")
  private String metricName;

  public Integer getLimit() {
    return limit;
  }

  public void setLimit(Integer limit) {
    this.limit = limit;
  }

  public String getMetricName() {
    return metricName;
  }

  public void setMetricName(String metricName) {
    this.metricName = metricName;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MeasurementRetention that
        && Objects.equals(limit, that.limit)
        && Objects.equals(metricName, that.metricName)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, metricName, extras());
  }
}
