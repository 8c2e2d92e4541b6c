package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code status.alb} of Rollout, {@code status.albs[]} of
 * Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AlbStatus extends ApiObject {
  @JsonProperty("canaryTargetGroup")
  private AwsResourceRef canaryTargetGroup;

  @JsonProperty("ingress")
  private String ingress;

  @JsonProperty("loadBalancer")
  private AwsResourceRef loadBalancer;

  @JsonProperty("stableTargetGroup")
  private AwsResourceRef stableTargetGroup;

  public AwsResourceRef getCanaryTargetGroup() {
    return canaryTargetGroup;
  }

  public void setCanaryTargetGroup(AwsResourceRef canaryTargetGroup) {
    this.canaryTargetGroup = canaryTargetGroup;
  }

  public String getIngress() {
    return ingress;
  }

  public void setIngress(String ingress) {
    this.ingress = ingress;
  }

  public AwsResourceRef getLoadBalancer() {
    return loadBalancer;
  }

  public void setLoadBalancer(AwsResourceRef loadBalancer) {
    this.loadBalancer = loadBalancer;
  }

  public AwsResourceRef getStableTargetGroup() {
    return stableTargetGroup;
  }

  public void setStableTargetGroup(AwsResourceRef stableTargetGroup) {
    this.stableTargetGroup = stableTargetGroup;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AlbStatus that
        && Objects.equals(canaryTargetGroup, that.canaryTargetGroup)
        && Objects.equals(ingress, that.ingress)
        && Objects.equals(loadBalancer, that.loadBalancer)
        && Objects.equals(stableTargetGroup, that.stableTargetGroup)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(canaryTargetGroup, ingress, loadBalancer, stableTargetGroup, extras());
  }
}
