package dev.stepwise.api.rollout.traffic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec.strategy.canary.trafficRouting.smi} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SmiTrafficRouting extends ApiObject {
  @JsonProperty("rootService")
  private String rootService;

  @JsonProperty("trafficSplitName")
  private String trafficSplitName;

  public String getRootService() {
    return rootService;
  }

  public void setRootService(String rootService) {
    this.rootService = rootService;
  }

  public String getTrafficSplitName() {
    return trafficSplitName;
  }

  public void setTrafficSplitName(String trafficSplitName) {
    this.trafficSplitName = trafficSplitName;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SmiTrafficRouting that
        && Objects.equals(rootService, that.rootService)
        && Objects.equals(trafficSplitName, that.trafficSplitName)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rootService, trafficSplitName, extras());
  }
}
