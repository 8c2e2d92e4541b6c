package dev.stepwise.api.rollout.traffic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.canary.trafficRouting.managedRoutes[]} of
 * Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ManagedRoute extends ApiObject {
  @Required
  @JsonProperty("name")
  private String name;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ManagedRoute that && Objects.equals(name, that.name) && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, extras());
  }
}
