package dev.stepwise.api.rollout.traffic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.canary.trafficRouting.nginx} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class NginxTrafficRouting extends ApiObject {
  @JsonProperty("additionalIngressAnnotations")
  private Map<String, String> additionalIngressAnnotations;

  @JsonProperty("annotationPrefix")
  private String annotationPrefix;

  @JsonProperty("canaryIngressAnnotations")
  private Map<String, String> canaryIngressAnnotations;

  @JsonProperty("stableIngress")
  private String stableIngress;

  @JsonProperty("stableIngresses")
  private List<String> stableIngresses;

  public Map<String, String> getAdditionalIngressAnnotations() {
    return additionalIngressAnnotations;
  }

  public void setAdditionalIngressAnnotations(Map<String, String> additionalIngressAnnotations) {
    this.additionalIngressAnnotations = additionalIngressAnnotations;
  }

  public String getAnnotationPrefix() {
    return annotationPrefix;
  }

  public void setAnnotationPrefix(String annotationPrefix) {
    this.annotationPrefix = annotationPrefix;
  }

  public Map<String, String> getCanaryIngressAnnotations() {
    return canaryIngressAnnotations;
  }

  public void setCanaryIngressAnnotations(Map<String, String> canaryIngressAnnotations) {
    this.canaryIngressAnnotations = canaryIngressAnnotations;
  }

  public String getStableIngress() {
    return stableIngress;
  }

  public void setStableIngress(String stableIngress) {
    this.stableIngress = stableIngress;
  }

  public List<String> getStableIngresses() {
    return stableIngresses;
  }

  public void setStableIngresses(List<String> stableIngresses) {
    this.stableIngresses = stableIngresses;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NginxTrafficRouting that
        && Objects.equals(additionalIngressAnnotations, that.additionalIngressAnnotations)
        && Objects.equals(annotationPrefix, that.annotationPrefix)
        && Objects.equals(canaryIngressAnnotations, that.canaryIngressAnnotations)
        && Objects.equals(stableIngress, that.stableIngress)
        && Objects.equals(stableIngresses, that.stableIngresses)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        additionalIngressAnnotations,
        annotationPrefix,
        canaryIngressAnnotations,
        stableIngress,
        stableIngresses,
        extras());
  }
}
