package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[].provider.newRelic} of AnalysisTemplate,
 * {@code spec.metrics[].provider.newRelic} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class NewRelicMetric extends ApiObject {
  @JsonProperty("profile")
  private String profile;

  @Required
  @JsonProperty("query")
  private String query;

  @JsonProperty("timeout")
  private Long timeout;

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

  public Long getTimeout() {
    return timeout;
  }

  public void setTimeout(Long timeout) {
    this.timeout = timeout;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewRelicMetric that
        && Objects.equals(profile, that.profile)
        && Objects.equals(query, that.query)
        && Objects.equals(timeout, that.timeout)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(profile, query, timeout, extras());
  }
}
