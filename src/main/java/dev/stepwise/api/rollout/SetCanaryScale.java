package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.canary.steps[].setCanaryScale} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SetCanaryScale extends ApiObject {
  @JsonProperty("matchTrafficWeight")
  private Boolean matchTrafficWeight;

  @JsonProperty("replicas")
  private Integer replicas;

  @JsonProperty("weight")
  private Integer weight;

  public Boolean getMatchTrafficWeight() {
    return matchTrafficWeight;
  }

  public void setMatchTrafficWeight(Boolean matchTrafficWeight) {
    this.matchTrafficWeight = matchTrafficWeight;
  }

  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  public Integer getWeight() {
    return weight;
  }

  public void setWeight(Integer weight) {
    this.weight = weight;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SetCanaryScale that
        && Objects.equals(matchTrafficWeight, that.matchTrafficWeight)
        && Objects.equals(replicas, that.replicas)
        && Objects.equals(weight, that.weight)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(matchTrafficWeight, replicas, weight, extras());
  }
}
