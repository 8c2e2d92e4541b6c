package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[].provider.graphite} of AnalysisTemplate,
 * {@code spec.metrics[].provider.graphite} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class GraphiteMetric extends ApiObject {
  @JsonProperty("address")
  private String address;

  @JsonProperty("query")
  private String query;

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GraphiteMetric that
        && Objects.equals(address, that.address)
        && Objects.equals(query, that.query)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(address, query, extras());
  }
}
