package dev.stepwise.api.rollout.traffic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.strategy.canary.trafficRouting.appMesh.virtualService} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AppMeshVirtualService extends ApiObject {
  @Required
  @JsonProperty("name")
  private String name;

  @JsonProperty("routes")
  private List<String> routes;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getRoutes() {
    return routes;
  }

  public void setRoutes(List<String> routes) {
    this.routes = routes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AppMeshVirtualService that
        && Objects.equals(name, that.name)
        && Objects.equals(routes, that.routes)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, routes, extras());
  }
}
