package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[].provider.web} of AnalysisTemplate, {@code
 * spec.metrics[].provider.web} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class WebMetric extends ApiObject {
  @JsonProperty("authentication")
  private Authentication authentication;

  @JsonProperty("body")
  private String body;

  @JsonProperty("headers")
  private List<WebMetricHeader> headers;

  @JsonProperty("insecure")
  private Boolean insecure;

  @PreserveUnknownFields
  @JsonProperty("jsonBody")
  private Map<String, Object> jsonBody;

  @JsonProperty("jsonPath")
  private String jsonPath;

  @JsonProperty("method")
  private String method;

  @JsonProperty("timeoutSeconds")
  private Long timeoutSeconds;

  @Required
  @JsonProperty("url")
  private String url;

  public Authentication getAuthentication() {
    return authentication;
  }

  public void setAuthentication(Authentication authentication) {
    this.authentication = authentication;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public List<WebMetricHeader> getHeaders() {
    return headers;
  }

  public void setHeaders(List<WebMetricHeader> headers) {
    this.headers = headers;
  }

  public Boolean getInsecure() {
    return insecure;
  }

  public void setInsecure(Boolean insecure) {
    this.insecure = insecure;
  }

  public Map<String, Object> getJsonBody() {
    return jsonBody;
  }

  public void setJsonBody(Map<String, Object> jsonBody) {
    this.jsonBody = jsonBody;
  }

  public String getJsonPath() {
    return jsonPath;
  }

  public void setJsonPath(String jsonPath) {
    this.jsonPath = jsonPath;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public Long getTimeoutSeconds() {
    return timeoutSeconds;
  }

  public void setTimeoutSeconds(Long timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WebMetric that
        && Objects.equals(authentication, that.authentication)
        && Objects.equals(body, that.body)
        && Objects.equals(headers, that.headers)
        && Objects.equals(insecure, that.insecure)
        && Objects.equals(jsonBody, that.jsonBody)
        && Objects.equals(jsonPath, that.jsonPath)
        && Objects.equals(method, that.method)
        && Objects.equals(timeoutSeconds, that.timeoutSeconds)
        && Objects.equals(url, that.url)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        authentication,
        body,
        headers,
        insecure,
        jsonBody,
        jsonPath,
        method,
        timeoutSeconds,
        url,
        extras());
  }
}
