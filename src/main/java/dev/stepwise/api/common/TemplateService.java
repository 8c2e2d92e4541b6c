package dev.stepwise.api.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.strategy.canary.steps[].experiment.templates[].service} of Rollout, {@code
 * spec.templates[].service} of Experiment.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TemplateService extends ApiObject {
  @JsonProperty("name")
  private String name;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TemplateService that && Objects.equals(name, that.name) && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, extras());
  }
}
