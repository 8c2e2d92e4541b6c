package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.List;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[].provider.prometheus} of AnalysisTemplate,
 * {@code spec.metrics[].provider.prometheus} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PrometheusMetric extends ApiObject {
  @JsonProperty("address")
  private String address;

  @JsonProperty("authentication")
  private Authentication authentication;

  @JsonProperty("headers")
  private List<WebMetricHeader> headers;

  @JsonProperty("insecure")
  private Boolean insecure;

  @JsonProperty("query")
  private String query;

  @JsonProperty("rangeQuery")
  private PrometheusRangeQueryArgs rangeQuery;

  @JsonProperty("timeout")
  private Long timeout;

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public Authentication getAuthentication() {
    return authentication;
  }

  public void setAuthentication(Authentication authentication) {
    this.authentication = authentication;
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

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public PrometheusRangeQueryArgs getRangeQuery() {
    return rangeQuery;
  }

  public void setRangeQuery(PrometheusRangeQueryArgs rangeQuery) {
    this.rangeQuery = rangeQuery;
  }

  public Long getTimeout() {
    return timeout;
  }

  public void setTimeout(Long timeout) {
    this.timeout = timeout;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrometheusMetric that
        && Objects.equals(address, that.address)
        && Objects.equals(authentication, that.authentication)
        && Objects.equals(headers, that.headers)
        && Objects.equals(insecure, that.insecure)
        && Objects.equals(query, that.query)
        && Objects.equals(rangeQuery, that.rangeQuery)
        && Objects.equals(timeout, that.timeout)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        address, authentication, headers, insecure, query, rangeQuery, timeout, extras());
  }
}
