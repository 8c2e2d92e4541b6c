package dev.stepwise.api.rollout.traffic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.strategy.canary.trafficRouting.appMesh.virtualNodeGroup} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AppMeshVirtualNodeGroup extends ApiObject {
  @Required
  @JsonProperty("canaryVirtualNodeRef")
  private AppMeshVirtualNodeReference canaryVirtualNodeRef;

  @Required
  @JsonProperty("stableVirtualNodeRef")
  private AppMeshVirtualNodeReference stableVirtualNodeRef;

  public AppMeshVirtualNodeReference getCanaryVirtualNodeRef() {
    return canaryVirtualNodeRef;
  }

  public void setCanaryVirtualNodeRef(AppMeshVirtualNodeReference canaryVirtualNodeRef) {
    this.canaryVirtualNodeRef = canaryVirtualNodeRef;
  }

  public AppMeshVirtualNodeReference getStableVirtualNodeRef() {
    return stableVirtualNodeRef;
  }

  public void setStableVirtualNodeRef(AppMeshVirtualNodeReference stableVirtualNodeRef) {
    this.stableVirtualNodeRef = stableVirtualNodeRef;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AppMeshVirtualNodeGroup that
        && Objects.equals(canaryVirtualNodeRef, that.canaryVirtualNodeRef)
        && Objects.equals(stableVirtualNodeRef, that.stableVirtualNodeRef)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(canaryVirtualNodeRef, stableVirtualNodeRef, extras());
  }
}
