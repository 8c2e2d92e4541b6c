package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.blueGreen.antiAffinity} of Rollout, {@code
 * spec.strategy.canary.antiAffinity} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AntiAffinity extends ApiObject {
  @JsonProperty("preferredDuringSchedulingIgnoredDuringExecution")
  private PreferredDuringSchedulingIgnoredDuringExecution
      preferredDuringSchedulingIgnoredDuringExecution;

  @JsonProperty("requiredDuringSchedulingIgnoredDuringExecution")
  private RequiredDuringSchedulingIgnoredDuringExecution
      requiredDuringSchedulingIgnoredDuringExecution;

  public PreferredDuringSchedulingIgnoredDuringExecution
      getPreferredDuringSchedulingIgnoredDuringExecution() {
    return preferredDuringSchedulingIgnoredDuringExecution;
  }

  public void setPreferredDuringSchedulingIgnoredDuringExecution(
      PreferredDuringSchedulingIgnoredDuringExecution
          preferredDuringSchedulingIgnoredDuringExecution) {
    this.preferredDuringSchedulingIgnoredDuringExecution =
        preferredDuringSchedulingIgnoredDuringExecution;
  }

  public RequiredDuringSchedulingIgnoredDuringExecution
      getRequiredDuringSchedulingIgnoredDuringExecution() {
    return requiredDuringSchedulingIgnoredDuringExecution;
  }

  public void setRequiredDuringSchedulingIgnoredDuringExecution(
      RequiredDuringSchedulingIgnoredDuringExecution
          requiredDuringSchedulingIgnoredDuringExecution) {
    this.requiredDuringSchedulingIgnoredDuringExecution =
        requiredDuringSchedulingIgnoredDuringExecution;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AntiAffinity that
        && Objects.equals(
            preferredDuringSchedulingIgnoredDuringExecution,
            that.preferredDuringSchedulingIgnoredDuringExecution)
        && Objects.equals(
            requiredDuringSchedulingIgnoredDuringExecution,
            that.requiredDuringSchedulingIgnoredDuringExecution)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        preferredDuringSchedulingIgnoredDuringExecution,
        requiredDuringSchedulingIgnoredDuringExecution,
        extras());
  }
}
