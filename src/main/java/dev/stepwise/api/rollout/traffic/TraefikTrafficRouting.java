package dev.stepwise.api.rollout.traffic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.canary.trafficRouting.traefik} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TraefikTrafficRouting extends ApiObject {
  @Required
  @JsonProperty("weightedTraefikServiceName")
  private String weightedTraefikServiceName;

  public String getWeightedTraefikServiceName() {
    return weightedTraefikServiceName;
  }

  public void setWeightedTraefikServiceName(String weightedTraefikServiceName) {
    this.weightedTraefikServiceName = weightedTraefikServiceName;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TraefikTrafficRouting that
        && Objects.equals(weightedTraefikServiceName, that.weightedTraefikServiceName)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(weightedTraefikServiceName, extras());
  }
}
