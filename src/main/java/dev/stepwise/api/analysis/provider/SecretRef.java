package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[].provider.datadog.secretRef} of
 * AnalysisTemplate, {@code spec.metrics[].provider.datadog.secretRef} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SecretRef extends ApiObject {
  @JsonProperty("name")
  private String name;

  @JsonProperty("namespaced")
  private Boolean namespaced;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Boolean getNamespaced() {
    return namespaced;
  }

  public void setNamespaced(Boolean namespaced) {
    this.namespaced = namespaced;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SecretRef that
        && Objects.equals(name, that.name)
        && Objects.equals(namespaced, that.namespaced)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, namespaced, extras());
  }
}
