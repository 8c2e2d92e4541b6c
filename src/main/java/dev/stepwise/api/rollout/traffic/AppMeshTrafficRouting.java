package dev.stepwise.api.rollout.traffic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.canary.trafficRouting.appMesh} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AppMeshTrafficRouting extends ApiObject {
  @JsonProperty("virtualNodeGroup")
  private AppMeshVirtualNodeGroup virtualNodeGroup;

  @JsonProperty("virtualService")
  private AppMeshVirtualService virtualService;

  public AppMeshVirtualNodeGroup getVirtualNodeGroup() {
    return virtualNodeGroup;
  }

  public void setVirtualNodeGroup(AppMeshVirtualNodeGroup virtualNodeGroup) {
    this.virtualNodeGroup = virtualNodeGroup;
  }

  public AppMeshVirtualService getVirtualService() {
    return virtualService;
  }

  public void setVirtualService(AppMeshVirtualService virtualService) {
    this.virtualService = virtualService;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AppMeshTrafficRouting that
        && Objects.equals(virtualNodeGroup, that.virtualNodeGroup)
        && Objects.equals(virtualService, that.virtualService)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(virtualNodeGroup, virtualService, extras());
  }
}
