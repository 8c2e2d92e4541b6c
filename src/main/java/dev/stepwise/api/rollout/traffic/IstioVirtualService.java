package dev.stepwise.api.rollout.traffic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.strategy.canary.trafficRouting.istio.virtualService} of Rollout, {@code
 * spec.strategy.canary.trafficRouting.istio.virtualServices[]} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class IstioVirtualService extends ApiObject {
  @Required
  @JsonProperty("name")
  private String name;

  @JsonProperty("routes")
  private List<String> routes;

  @JsonProperty("tcpRoutes")
  private List<TcpRoute> tcpRoutes;

  @JsonProperty("tlsRoutes")
  private List<TlsRoute> tlsRoutes;

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

  public List<TcpRoute> getTcpRoutes() {
    return tcpRoutes;
  }

  public void setTcpRoutes(List<TcpRoute> tcpRoutes) {
    this.tcpRoutes = tcpRoutes;
  }

  public List<TlsRoute> getTlsRoutes() {
    return tlsRoutes;
  }

  public void setTlsRoutes(List<TlsRoute> tlsRoutes) {
    this.tlsRoutes = tlsRoutes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IstioVirtualService that
        && Objects.equals(name, that.name)
        && Objects.equals(routes, that.routes)
        && Objects.equals(tcpRoutes, that.tcpRoutes)
        && Objects.equals(tlsRoutes, that.tlsRoutes)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, routes, tcpRoutes, tlsRoutes, extras());
  }
}
