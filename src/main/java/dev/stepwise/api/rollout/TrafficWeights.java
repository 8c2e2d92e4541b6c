package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/** The Argo Rollouts object found at {@code status.canary.weights} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TrafficWeights extends ApiObject {
  @JsonProperty("additional")
  private List<WeightDestination> additional;

  @Required
  @JsonProperty("canary")
  private WeightDestination canary;

  @Required
  @JsonProperty("stable")
  private WeightDestination stable;

  @JsonProperty("verified")
  private Boolean verified;

  public List<WeightDestination> getAdditional() {
    return additional;
  }

  public void setAdditional(List<WeightDestination> additional) {
    this.additional = additional;
  }

  public WeightDestination getCanary() {
    return canary;
  }

  public void setCanary(WeightDestination canary) {
    this.canary = canary;
  }

  public WeightDestination getStable() {
    return stable;
  }

  public void setStable(WeightDestination stable) {
    this.stable = stable;
  }

  public Boolean getVerified() {
    return verified;
  }

  public void setVerified(Boolean verified) {
    this.verified = verified;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrafficWeights that
        && Objects.equals(additional, that.additional)
        && Objects.equals(canary, that.canary)
        && Objects.equals(stable, that.stable)
        && Objects.equals(verified, that.verified)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(additional, canary, stable, verified, extras());
  }
}
