package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec.strategy} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RolloutStrategy extends ApiObject {
  @JsonProperty("blueGreen")
  private BlueGreenStrategy blueGreen;

  @JsonProperty("canary")
  private CanaryStrategy canary;

  public BlueGreenStrategy getBlueGreen() {
    return blueGreen;
  }

  public void setBlueGreen(BlueGreenStrategy blueGreen) {
    this.blueGreen = blueGreen;
  }

  public CanaryStrategy getCanary() {
    return canary;
  }

  public void setCanary(CanaryStrategy canary) {
    this.canary = canary;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RolloutStrategy that
        && Objects.equals(blueGreen, that.blueGreen)
        && Objects.equals(canary, that.canary)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(blueGreen, canary, extras());
  }
}
