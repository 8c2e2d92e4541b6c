package dev.stepwise.api.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.args[].valueFrom.secretKeyRef} of AnalysisTemplate,
 * {@code spec.args[].valueFrom.secretKeyRef} of AnalysisRun, {@code
 * spec.analyses[].args[].valueFrom.secretKeyRef} of Experiment.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SecretKeyRef extends ApiObject {
  @Required
  @JsonProperty("key")
  private String key;

  @Required
  @JsonProperty("name")
  private String name;

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SecretKeyRef that
        && Objects.equals(key, that.key)
        && Objects.equals(name, that.name)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, name, extras());
  }
}
