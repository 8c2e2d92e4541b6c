package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[].provider.prometheus.headers[]} of
 * AnalysisTemplate, {@code spec.metrics[].provider.web.headers[]} of AnalysisTemplate, {@code
 * spec.metrics[].provider.prometheus.headers[]} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class WebMetricHeader extends ApiObject {
  @Required
  @JsonProperty("key")
  private String key;

  @Required
  @JsonProperty("value")
  private String value;

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WebMetricHeader that
        && Objects.equals(key, that.key)
        && Objects.equals(value, that.value)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, value, extras());
  }
}
