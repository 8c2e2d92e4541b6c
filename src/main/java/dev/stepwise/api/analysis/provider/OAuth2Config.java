package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.List;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.metrics[].provider.prometheus.authentication.oauth2} of AnalysisTemplate, {@code
 * spec.metrics[].provider.web.authentication.oauth2} of AnalysisTemplate, {@code
 * spec.metrics[].provider.prometheus.authentication.oauth2} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class OAuth2Config extends ApiObject {
  @JsonProperty("clientId")
  private String clientId;

  @JsonProperty("clientSecret")
  private String clientSecret;

  @JsonProperty("scopes")
  private List<String> scopes;

  @JsonProperty("tokenUrl")
  private String tokenUrl;

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes;
  }

  public String getTokenUrl() {
    return tokenUrl;
  }

  public void setTokenUrl(String tokenUrl) {
    this.tokenUrl = tokenUrl;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OAuth2Config that
        && Objects.equals(clientId, that.clientId)
        && Objects.equals(clientSecret, that.clientSecret)
        && Objects.equals(scopes, that.scopes)
        && Objects.equals(tokenUrl, that.tokenUrl)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientId, clientSecret, scopes, tokenUrl, extras());
  }
}
