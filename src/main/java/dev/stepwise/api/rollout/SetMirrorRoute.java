package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.canary.steps[].setMirrorRoute} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SetMirrorRoute extends ApiObject {
  @JsonProperty("match")
  private List<RouteMatch> match;

  @Required
  @JsonProperty("name")
  private String name;

  @JsonProperty("percentage")
  private Integer percentage;

  public List<RouteMatch> getMatch() {
    return match;
  }

  public void setMatch(List<RouteMatch> match) {
    this.match = match;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getPercentage() {
    return percentage;
  }

  public void setPercentage(Integer percentage) {
    this.percentage = percentage;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SetMirrorRoute that
        && Objects.equals(match, that.match)
        && Objects.equals(name, that.name)
        && Objects.equals(percentage, that.percentage)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(match, name, percentage, extras());
  }
}
