package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.strategy.blueGreen.antiAffinity.requiredDuringSchedulingIgnoredDuringExecution} of Rollout,
 * {@code spec.strategy.canary.antiAffinity.requiredDuringSchedulingIgnoredDuringExecution} of
 * Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RequiredDuringSchedulingIgnoredDuringExecution extends ApiObject {
  @Override
  public boolean equals(Object o) {
    return o instanceof RequiredDuringSchedulingIgnoredDuringExecution that && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(extras());
  }
}
