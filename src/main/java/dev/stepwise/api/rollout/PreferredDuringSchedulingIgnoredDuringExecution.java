package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.strategy.blueGreen.antiAffinity.preferredDuringSchedulingIgnoredDuringExecution} of Rollout,
 * {@code spec.strategy.canary.antiAffinity.preferredDuringSchedulingIgnoredDuringExecution} of
 * Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PreferredDuringSchedulingIgnoredDuringExecution extends ApiObject {
  @Required
  @JsonProperty("weight")
  private Integer weight;

  public Integer getWeight() {
    return weight;
  }

  public void setWeight(Integer weight) {
    this.weight = weight;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PreferredDuringSchedulingIgnoredDuringExecution that
        && Objects.equals(weight, that.weight)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(weight, extras());
  }
}
