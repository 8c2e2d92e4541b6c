package dev.stepwise.api.rollout.traffic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.strategy.canary.trafficRouting.alb.stickinessConfig} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class StickinessConfig extends ApiObject {
  @Required
  @JsonProperty("durationSeconds")
  private Long durationSeconds;

  @Required
  @JsonProperty("enabled")
  private Boolean enabled;

  public Long getDurationSeconds() {
    return durationSeconds;
  }

  public void setDurationSeconds(Long durationSeconds) {
    this.durationSeconds = durationSeconds;
  }

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StickinessConfig that
        && Objects.equals(durationSeconds, that.durationSeconds)
        && Objects.equals(enabled, that.enabled)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(durationSeconds, enabled, extras());
  }
}
