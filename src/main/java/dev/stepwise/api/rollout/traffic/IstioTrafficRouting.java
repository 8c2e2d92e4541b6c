package dev.stepwise.api.rollout.traffic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.List;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.canary.trafficRouting.istio} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class IstioTrafficRouting extends ApiObject {
  @JsonProperty("destinationRule")
  private IstioDestinationRule destinationRule;

  @JsonProperty("virtualService")
  private IstioVirtualService virtualService;

  @JsonProperty("virtualServices")
  private List<IstioVirtualService> virtualServices;

  public IstioDestinationRule getDestinationRule() {
    return destinationRule;
  }

  public void setDestinationRule(IstioDestinationRule destinationRule) {
    this.destinationRule = destinationRule;
  }

  public IstioVirtualService getVirtualService() {
    return virtualService;
  }

  public void setVirtualService(IstioVirtualService virtualService) {
    this.virtualService = virtualService;
  }

  public List<IstioVirtualService> getVirtualServices() {
    return virtualServices;
  }

  public void setVirtualServices(List<IstioVirtualService> virtualServices) {
    this.virtualServices = virtualServices;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IstioTrafficRouting that
        && Objects.equals(destinationRule, that.destinationRule)
        && Objects.equals(virtualService, that.virtualService)
        && Objects.equals(virtualServices, that.virtualServices)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(destinationRule, virtualService, virtualServices, extras());
  }
}
