package dev.stepwise.api.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import dev.stepwise.api.common.FieldRef;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.args[].valueFrom} of AnalysisTemplate, {@code
 * spec.args[].valueFrom} of AnalysisRun, {@code spec.analyses[].args[].valueFrom} of Experiment.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ValueFrom extends ApiObject {
  @JsonProperty("fieldRef")
  private FieldRef fieldRef;

  @JsonProperty("secretKeyRef")
  private SecretKeyRef secretKeyRef;

  public FieldRef getFieldRef() {
    return fieldRef;
  }

  public void setFieldRef(FieldRef fieldRef) {
    this.fieldRef = fieldRef;
  }

  public SecretKeyRef getSecretKeyRef() {
    return secretKeyRef;
  }

  public void setSecretKeyRef(SecretKeyRef secretKeyRef) {
    this.secretKeyRef = secretKeyRef;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValueFrom that
        && Objects.equals(fieldRef, that.fieldRef)
        && Objects.equals(secretKeyRef, that.secretKeyRef)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fieldRef, secretKeyRef, extras());
  }
}
