package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[].provider.kayenta.scopes[].controlScope}
 * of AnalysisTemplate, {@code spec.metrics[].provider.kayenta.scopes[].experimentScope} of
 * AnalysisTemplate, {@code spec.metrics[].provider.kayenta.scopes[].controlScope} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ScopeDetail extends ApiObject {
  @JsonProperty("end")
  private String end;

  @Required
  @JsonProperty("region")
  private String region;

  @Required
  @JsonProperty("scope")
  private String scope;

  @JsonProperty("start")
  private String start;

  @Required
  @JsonProperty("step")
  private Long step;

  public String getEnd() {
    return end;
  }

  public void setEnd(String end) {
    this.end = end;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public Long getStep() {
    return step;
  }

  public void setStep(Long step) {
    this.step = step;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScopeDetail that
        && Objects.equals(end, that.end)
        && Objects.equals(region, that.region)
        && Objects.equals(scope, that.scope)
        && Objects.equals(start, that.start)
        && Objects.equals(step, that.step)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(end, region, scope, start, step, extras());
  }
}
