package dev.stepwise.api.rollout.traffic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.strategy.canary.trafficRouting.istio.virtualService.tcpRoutes[]} of Rollout, {@code
 * spec.strategy.canary.trafficRouting.istio.virtualServices[].tcpRoutes[]} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TcpRoute extends ApiObject {
  @JsonProperty("port")
  private Long port;

  public Long getPort() {
    return port;
  }

  public void setPort(Long port) {
    this.port = port;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TcpRoute that && Objects.equals(port, that.port) && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(port, extras());
  }
}
