package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[].provider.influxdb} of AnalysisTemplate,
 * {@code spec.metrics[].provider.influxdb} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class InfluxdbMetric extends ApiObject {
  @JsonProperty("profile")
  private String profile;

  @JsonProperty("query")
  private String query;

  public String getProfile() {
    return profile;
  }

  public void setProfile(String profile) {
    this.profile = profile;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InfluxdbMetric that
        && Objects.equals(profile, that.profile)
        && Objects.equals(query, that.query)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(profile, query, extras());
  }
}
