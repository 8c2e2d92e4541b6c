package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[].provider.kayenta.threshold} of
 * AnalysisTemplate, {@code spec.metrics[].provider.kayenta.threshold} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class KayentaThreshold extends ApiObject {
  @Required
  @JsonProperty("marginal")
  private Long marginal;

  @Required
  @JsonProperty("pass")
  private Long pass;

  public Long getMarginal() {
    return marginal;
  }

  public void setMarginal(Long marginal) {
    this.marginal = marginal;
  }

  public Long getPass() {
    return pass;
  }

  public void setPass(Long pass) {
    this.pass = pass;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KayentaThreshold that
        && Objects.equals(marginal, that.marginal)
        && Objects.equals(pass, that.pass)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(marginal, pass, extras());
  }
}
