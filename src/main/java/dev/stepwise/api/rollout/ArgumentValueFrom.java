package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import dev.stepwise.api.common.FieldRef;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.strategy.blueGreen.postPromotionAnalysis.args[].valueFrom} of Rollout, {@code
 * spec.strategy.blueGreen.prePromotionAnalysis.args[].valueFrom} of Rollout, {@code
 * spec.strategy.canary.analysis.args[].valueFrom} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ArgumentValueFrom extends ApiObject {
  @JsonProperty("fieldRef")
  private FieldRef fieldRef;

  @JsonProperty("podTemplateHashValue")
  private String podTemplateHashValue;

  public FieldRef getFieldRef() {
    return fieldRef;
  }

  public void setFieldRef(FieldRef fieldRef) {
    this.fieldRef = fieldRef;
  }

  public String getPodTemplateHashValue() {
    return podTemplateHashValue;
  }

  public void setPodTemplateHashValue(String podTemplateHashValue) {
    this.podTemplateHashValue = podTemplateHashValue;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArgumentValueFrom that
        && Objects.equals(fieldRef, that.fieldRef)
        && Objects.equals(podTemplateHashValue, that.podTemplateHashValue)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fieldRef, podTemplateHashValue, extras());
  }
}
