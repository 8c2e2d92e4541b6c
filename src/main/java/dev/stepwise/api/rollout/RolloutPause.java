package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec.strategy.canary.steps[].pause} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RolloutPause extends ApiObject {
  @JsonProperty("duration")
  private IntOrString duration;

  public IntOrString getDuration() {
    return duration;
  }

  public void setDuration(IntOrString duration) {
    this.duration = duration;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RolloutPause that
        && Objects.equals(duration, that.duration)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(duration, extras());
  }
}
