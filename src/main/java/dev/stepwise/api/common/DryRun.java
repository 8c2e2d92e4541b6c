package dev.stepwise.api.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.blueGreen.postPromotionAnalysis.dryRun[]}
 * of Rollout, {@code spec.strategy.blueGreen.prePromotionAnalysis.dryRun[]} of Rollout, {@code
 * spec.strategy.canary.analysis.dryRun[]} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class DryRun extends ApiObject {
  @Required
  @JsonProperty("metricName")
  private String metricName;

  public String getMetricName() {
    return metricName;
  }

  public void setMetricName(String metricName) {
    this.metricName = metricName;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DryRun that
        && Objects.equals(metricName, that.metricName)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metricName, extras());
  }
}
