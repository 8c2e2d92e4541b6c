package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.List;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.canary.steps[].setHeaderRoute} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SetHeaderRoute extends ApiObject {
  @JsonProperty("match")
  private List<HeaderRoutingMatch> match;

  @JsonProperty("name")
  private String name;

  public List<HeaderRoutingMatch> getMatch() {
    return match;
  }

  public void setMatch(List<HeaderRoutingMatch> match) {
    this.match = match;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SetHeaderRoute that
        && Objects.equals(match, that.match)
        && Objects.equals(name, that.name)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(match, name, extras());
  }
}
