package dev.stepwise.api.rollout.traffic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.strategy.canary.trafficRouting.istio.destinationRule} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class IstioDestinationRule extends ApiObject {
  @JsonProperty("additionalSubsetNames")
  private List<String> additionalSubsetNames;

  @Required
  @JsonProperty("canarySubsetName")
  private String canarySubsetName;

  @Required
  @JsonProperty("name")
  private String name;

  @Required
  @JsonProperty("stableSubsetName")
  private String stableSubsetName;

  public List<String> getAdditionalSubsetNames() {
    return additionalSubsetNames;
  }

  public void setAdditionalSubsetNames(List<String> additionalSubsetNames) {
    this.additionalSubsetNames = additionalSubsetNames;
  }

  public String getCanarySubsetName() {
    return canarySubsetName;
  }

  public void setCanarySubsetName(String canarySubsetName) {
    this.canarySubsetName = canarySubsetName;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getStableSubsetName() {
    return stableSubsetName;
  }

  public void setStableSubsetName(String stableSubsetName) {
    this.stableSubsetName = stableSubsetName;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IstioDestinationRule that
        && Objects.equals(additionalSubsetNames, that.additionalSubsetNames)
        && Objects.equals(canarySubsetName, that.canarySubsetName)
        && Objects.equals(name, that.name)
        && Objects.equals(stableSubsetName, that.stableSubsetName)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(additionalSubsetNames, canarySubsetName, name, stableSubsetName, extras());
  }
}
