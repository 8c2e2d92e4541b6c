package dev.stepwise.api.rollout.traffic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.canary.trafficRouting.ambassador} of
 * Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AmbassadorTrafficRouting extends ApiObject {
  @Required
  @JsonProperty("mappings")
  private List<String> mappings;

  public List<String> getMappings() {
    return mappings;
  }

  public void setMappings(List<String> mappings) {
    this.mappings = mappings;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AmbassadorTrafficRouting that
        && Objects.equals(mappings, that.mappings)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mappings, extras());
  }
}
