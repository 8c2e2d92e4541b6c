package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.canary.replicaProgressThreshold} of
 * Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ReplicaProgressThreshold extends ApiObject {
  @Required
  @JsonProperty("type")
  private String type;

  @Required
  @JsonProperty("value")
  private Integer value;

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public Integer getValue() {
    return value;
  }

  public void setValue(Integer value) {
    this.value = value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReplicaProgressThreshold that
        && Objects.equals(type, that.type)
        && Objects.equals(value, that.value)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, value, extras());
  }
}
