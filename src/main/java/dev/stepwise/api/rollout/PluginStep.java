package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.Map;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec.strategy.canary.steps[].plugin} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PluginStep extends ApiObject {
  @PreserveUnknownFields
  @JsonProperty("config")
  private Map<String, Object> config;

  @Required
  @JsonProperty("name")
  private String name;

  public Map<String, Object> getConfig() {
    return config;
  }

  public void setConfig(Map<String, Object> config) {
    this.config = config;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PluginStep that
        && Objects.equals(config, that.config)
        && Objects.equals(name, that.name)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(config, name, extras());
  }
}
