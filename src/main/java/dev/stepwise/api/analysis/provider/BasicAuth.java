package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.metrics[].provider.prometheus.authentication.basicAuth} of AnalysisTemplate, {@code
 * spec.metrics[].provider.web.authentication.basicAuth} of AnalysisTemplate, {@code
 * spec.metrics[].provider.prometheus.authentication.basicAuth} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BasicAuth extends ApiObject {
  @JsonProperty("password")
  private String password;

  @JsonProperty("username")
  private String username;

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BasicAuth that
        && Objects.equals(password, that.password)
        && Objects.equals(username, that.username)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(password, username, extras());
  }
}
