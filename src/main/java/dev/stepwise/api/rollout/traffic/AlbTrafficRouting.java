package dev.stepwise.api.rollout.traffic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec.strategy.canary.trafficRouting.alb} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AlbTrafficRouting extends ApiObject {
  @JsonProperty("annotationPrefix")
  private String annotationPrefix;

  @JsonProperty("ingress")
  private String ingress;

  @JsonProperty("ingresses")
  private List<String> ingresses;

  @JsonProperty("rootService")
  private String rootService;

  @Required
  @JsonProperty("servicePort")
  private Integer servicePort;

  @JsonProperty("stickinessConfig")
  private StickinessConfig stickinessConfig;

  public String getAnnotationPrefix() {
    return annotationPrefix;
  }

  public void setAnnotationPrefix(String annotationPrefix) {
    this.annotationPrefix = annotationPrefix;
  }

  public String getIngress() {
    return ingress;
  }

  public void setIngress(String ingress) {
    this.ingress = ingress;
  }

  public List<String> getIngresses() {
    return ingresses;
  }

  public void setIngresses(List<String> ingresses) {
    this.ingresses = ingresses;
  }

  public String getRootService() {
    return rootService;
  }

  public void setRootService(String rootService) {
    this.rootService = rootService;
  }

  public Integer getServicePort() {
    return servicePort;
  }

  public void setServicePort(Integer servicePort) {
    this.servicePort = servicePort;
  }

  public StickinessConfig getStickinessConfig() {
    return stickinessConfig;
  }

  public void setStickinessConfig(StickinessConfig stickinessConfig) {
    this.stickinessConfig = stickinessConfig;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AlbTrafficRouting that
        && Objects.equals(annotationPrefix, that.annotationPrefix)
        && Objects.equals(ingress, that.ingress)
        && Objects.equals(ingresses, that.ingresses)
        && Objects.equals(rootService, that.rootService)
        && Objects.equals(servicePort, that.servicePort)
        && Objects.equals(stickinessConfig, that.stickinessConfig)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        annotationPrefix, ingress, ingresses, rootService, servicePort, stickinessConfig, extras());
  }
}
