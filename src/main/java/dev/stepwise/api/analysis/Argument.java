package dev.stepwise.api.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.args[]} of AnalysisTemplate, {@code spec.args[]} of
 * AnalysisRun, {@code spec.analyses[].args[]} of Experiment.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Argument extends ApiObject {
  @Required
  @JsonProperty("name")
  private String name;

  @JsonProperty("value")
  private String value;

  @JsonProperty("valueFrom")
  private ValueFrom valueFrom;

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

  public ValueFrom getValueFrom() {
    return valueFrom;
  }

  public void setValueFrom(ValueFrom valueFrom) {
    this.valueFrom = valueFrom;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Argument that
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
