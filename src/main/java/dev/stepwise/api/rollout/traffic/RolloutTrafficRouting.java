package dev.stepwise.api.rollout.traffic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec.strategy.canary.trafficRouting} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RolloutTrafficRouting extends ApiObject {
  @JsonProperty("alb")
  private AlbTrafficRouting alb;

  @JsonProperty("ambassador")
  private AmbassadorTrafficRouting ambassador;

  @JsonProperty("apisix")
  private ApisixTrafficRouting apisix;

  @JsonProperty("appMesh")
  private AppMeshTrafficRouting appMesh;

  @JsonProperty("istio")
  private IstioTrafficRouting istio;

  @JsonProperty("managedRoutes")
  private List<ManagedRoute> managedRoutes;

  @JsonProperty("maxTrafficWeight")
  private Integer maxTrafficWeight;

  @JsonProperty("nginx")
  private NginxTrafficRouting nginx;

  @PreserveUnknownFields
  @JsonProperty("plugins")
  private Map<String, Object> plugins;

  @JsonProperty("smi")
  private SmiTrafficRouting smi;

  @JsonProperty("traefik")
  private TraefikTrafficRouting traefik;

  public AlbTrafficRouting getAlb() {
    return alb;
  }

  public void setAlb(AlbTrafficRouting alb) {
    this.alb = alb;
  }

  public AmbassadorTrafficRouting getAmbassador() {
    return ambassador;
  }

  public void setAmbassador(AmbassadorTrafficRouting ambassador) {
    this.ambassador = ambassador;
  }

  public ApisixTrafficRouting getApisix() {
    return apisix;
  }

  public void setApisix(ApisixTrafficRouting apisix) {
    this.apisix = apisix;
  }

  public AppMeshTrafficRouting getAppMesh() {
    return appMesh;
  }

  public void setAppMesh(AppMeshTrafficRouting appMesh) {
    this.appMesh = appMesh;
  }

  public IstioTrafficRouting getIstio() {
    return istio;
  }

  public void setIstio(IstioTrafficRouting istio) {
    this.istio = istio;
  }

  public List<ManagedRoute> getManagedRoutes() {
    return managedRoutes;
  }

  public void setManagedRoutes(List<ManagedRoute> managedRoutes) {
    this.managedRoutes = managedRoutes;
  }

  public Integer getMaxTrafficWeight() {
    return maxTrafficWeight;
  }

  public void setMaxTrafficWeight(Integer maxTrafficWeight) {
    this.maxTrafficWeight = maxTrafficWeight;
  }

  public NginxTrafficRouting getNginx() {
    return nginx;
  }

  public void setNginx(NginxTrafficRouting nginx) {
    this.nginx = nginx;
  }

  public Map<String, Object> getPlugins() {
    return plugins;
  }

  public void setPlugins(Map<String, Object> plugins) {
    this.plugins = plugins;
  }

  public SmiTrafficRouting getSmi() {
    return smi;
  }

  public void setSmi(SmiTrafficRouting smi) {
    this.smi = smi;
  }

  public TraefikTrafficRouting getTraefik() {
    return traefik;
  }

  public void setTraefik(TraefikTrafficRouting traefik) {
    this.traefik = traefik;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RolloutTrafficRouting that
        && Objects.equals(alb, that.alb)
        && Objects.equals(ambassador, that.ambassador)
        && Objects.equals(apisix, that.apisix)
        && Objects.equals(appMesh, that.appMesh)
        && Objects.equals(istio, that.istio)
        && Objects.equals(managedRoutes, that.managedRoutes)
        && Objects.equals(maxTrafficWeight, that.maxTrafficWeight)
        && Objects.equals(nginx, that.nginx)
        && Objects.equals(plugins, that.plugins)
        && Objects.equals(smi, that.smi)
        && Objects.equals(traefik, that.traefik)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        alb,
        ambassador,
        apisix,
        appMesh,
        istio,
        managedRoutes,
        maxTrafficWeight,
        nginx,
        plugins,
        smi,
        traefik,
        extras());
  }
}
