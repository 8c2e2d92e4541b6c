package dev.stepwise.api.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.strategy.blueGreen.postPromotionAnalysis.args[].valueFrom.fieldRef} of Rollout, {@code
 * spec.strategy.blueGreen.prePromotionAnalysis.args[].valueFrom.fieldRef} of Rollout, {@code
 * spec.strategy.canary.analysis.args[].valueFrom.fieldRef} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class FieldRef extends ApiObject {
  @Required
  @JsonProperty("fieldPath")
  private String fieldPath;

  public String getFieldPath() {
    return fieldPath;
  }

  public void setFieldPath(String fieldPath) {
    this.fieldPath = fieldPath;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldRef that
        && Objects.equals(fieldPath, that.fieldPath)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fieldPath, extras());
  }
}
