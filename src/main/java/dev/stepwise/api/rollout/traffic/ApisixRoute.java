package dev.stepwise.api.rollout.traffic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.canary.trafficRouting.apisix.route} of
 * Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ApisixRoute extends ApiObject {
  @Required
  @JsonProperty("name")
  private String name;

  @JsonProperty("rules")
  private List<String> rules;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getRules() {
    return rules;
  }

  public void setRules(List<String> rules) {
    this.rules = rules;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApisixRoute that
        && Objects.equals(name, that.name)
        && Objects.equals(rules, that.rules)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, rules, extras());
  }
}
