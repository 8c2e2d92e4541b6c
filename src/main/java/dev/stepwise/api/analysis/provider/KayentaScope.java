package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[].provider.kayenta.scopes[]} of
 * AnalysisTemplate, {@code spec.metrics[].provider.kayenta.scopes[]} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class KayentaScope extends ApiObject {
  @Required
  @JsonProperty("controlScope")
  private ScopeDetail controlScope;

  @Required
  @JsonProperty("experimentScope")
  private ScopeDetail experimentScope;

  @Required
  @JsonProperty("name")
  private String name;

  public ScopeDetail getControlScope() {
    return controlScope;
  }

  public void setControlScope(ScopeDetail controlScope) {
    this.controlScope = controlScope;
  }

  public ScopeDetail getExperimentScope() {
    return experimentScope;
  }

  public void setExperimentScope(ScopeDetail experimentScope) {
    this.experimentScope = experimentScope;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KayentaScope that
        && Objects.equals(controlScope, that.controlScope)
        && Objects.equals(experimentScope, that.experimentScope)
        && Objects.equals(name, that.name)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(controlScope, experimentScope, name, extras());
  }
}
