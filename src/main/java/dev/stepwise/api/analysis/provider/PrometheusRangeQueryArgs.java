package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[].provider.prometheus.rangeQuery} of
 * AnalysisTemplate, {@code spec.metrics[].provider.prometheus.rangeQuery} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PrometheusRangeQueryArgs extends ApiObject {
  @JsonProperty("end")
  private String end;

  @JsonProperty("start")
  private String start;

  @JsonProperty("step")
  private String step;

  public String getEnd() {
    return end;
  }

  public void setEnd(String end) {
    this.end = end;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrometheusRangeQueryArgs that
        && Objects.equals(end, that.end)
        && Objects.equals(start, that.start)
        && Objects.equals(step, that.step)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(end, start, step, extras());
  }
}
