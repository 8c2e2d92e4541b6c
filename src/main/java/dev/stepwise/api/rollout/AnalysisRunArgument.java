package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.blueGreen.postPromotionAnalysis.args[]} of
 * Rollout, {@code spec.strategy.blueGreen.prePromotionAnalysis.args[]} of Rollout, {@code
 * spec.strategy.canary.analysis.args[]} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AnalysisRunArgument extends ApiObject {
  @Required
  @JsonProperty("name")
  private String name;

  @JsonProperty("value")
  private String value;

  @JsonProperty("valueFrom")
  private ArgumentValueFrom valueFrom;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public ArgumentValueFrom getValueFrom() {
    return valueFrom;
  }

  public void setValueFrom(ArgumentValueFrom valueFrom) {
    this.valueFrom = valueFrom;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnalysisRunArgument that
        && Objects.equals(name, that.name)
        && Objects.equals(value, that.value)
        && Objects.equals(valueFrom, that.valueFrom)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, value, valueFrom, extras());
  }
}
