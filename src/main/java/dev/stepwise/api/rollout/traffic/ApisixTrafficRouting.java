package dev.stepwise.api.rollout.traffic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.canary.trafficRouting.apisix} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ApisixTrafficRouting extends ApiObject {
  @JsonProperty("route")
  private ApisixRoute route;

  public ApisixRoute getRoute() {
    return route;
  }

  public void setRoute(ApisixRoute route) {
    this.route = route;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApisixTrafficRouting that
        && Objects.equals(route, that.route)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(route, extras());
  }
}
