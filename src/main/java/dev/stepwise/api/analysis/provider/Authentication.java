package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[].provider.prometheus.authentication} of
 * AnalysisTemplate, {@code spec.metrics[].provider.web.authentication} of AnalysisTemplate, {@code
 * spec.metrics[].provider.prometheus.authentication} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Authentication extends ApiObject {
  @JsonProperty("basicAuth")
  private BasicAuth basicAuth;

  @JsonProperty("oauth2")
  private OAuth2Config oauth2;

  @JsonProperty("sigv4")
  private Sigv4Config sigv4;

  public BasicAuth getBasicAuth() {
    return basicAuth;
  }

  public void setBasicAuth(BasicAuth basicAuth) {
    this.basicAuth = basicAuth;
  }

  public OAuth2Config getOauth2() {
    return oauth2;
  }

  public void setOauth2(OAuth2Config oauth2) {
    this.oauth2 = oauth2;
  }

  public Sigv4Config getSigv4() {
    return sigv4;
  }

  public void setSigv4(Sigv4Config sigv4) {
    this.sigv4 = sigv4;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Authentication that
        && Objects.equals(basicAuth, that.basicAuth)
        && Objects.equals(oauth2, that.oauth2)
        && Objects.equals(sigv4, that.sigv4)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(basicAuth, oauth2, sigv4, extras());
  }
}
