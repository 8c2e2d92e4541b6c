package dev.stepwise.api.rollout.traffic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.List;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.strategy.canary.trafficRouting.istio.virtualService.tlsRoutes[]} of Rollout, {@code
 * spec.strategy.canary.trafficRouting.istio.virtualServices[].tlsRoutes[]} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TlsRoute extends ApiObject {
  @JsonProperty("port")
  private Long port;

  @JsonProperty("sniHosts")
  private List<String> sniHosts;

  public Long getPort() {
    return port;
  }

  public void setPort(Long port) {
    this.port = port;
  }

  public List<String> getSniHosts() {
    return sniHosts;
  }

  public void setSniHosts(List<String> sniHosts) {
    this.sniHosts = sniHosts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TlsRoute that
        && Objects.equals(port, that.port)
        && Objects.equals(sniHosts, that.sniHosts)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(port, sniHosts, extras());
  }
}
