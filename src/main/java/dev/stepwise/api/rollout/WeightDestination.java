package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code status.canary.weights.additional[]} of Rollout, {@code
 * status.canary.weights.canary} of Rollout, {@code status.canary.weights.stable} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class WeightDestination extends ApiObject {
  @JsonProperty("podTemplateHash")
  private String podTemplateHash;

  @JsonProperty("serviceName")
  private String serviceName;

  @Required
  @JsonProperty("weight")
  private Integer weight;

  public String getPodTemplateHash() {
    return podTemplateHash;
  }

  public void setPodTemplateHash(String podTemplateHash) {
    this.podTemplateHash = podTemplateHash;
  }

  public String getServiceName() {
    return serviceName;
  }

  public void setServiceName(String serviceName) {
    this.serviceName = serviceName;
  }

  public Integer getWeight() {
    return weight;
  }

  public void setWeight(Integer weight) {
    this.weight = weight;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeightDestination that
        && Objects.equals(podTemplateHash, that.podTemplateHash)
        && Objects.equals(serviceName, that.serviceName)
        && Objects.equals(weight, that.weight)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(podTemplateHash, serviceName, weight, extras());
  }
}
