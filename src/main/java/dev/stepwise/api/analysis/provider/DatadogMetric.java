package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Map;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[].provider.datadog} of AnalysisTemplate,
 * {@code spec.metrics[].provider.datadog} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class DatadogMetric extends ApiObject {
  @JsonProperty("aggregator")
  private String aggregator;

  @JsonProperty("apiVersion")
  private String apiVersion;

  @JsonProperty("formula")
  private String formula;

  @JsonProperty("interval")
  private String interval;

  @JsonProperty("queries")
  private Map<String, String> queries;

  @JsonProperty("query")
  private String query;

  @JsonProperty("requestTimeout")
  private String requestTimeout;

  @JsonProperty("secretRef")
  private SecretRef secretRef;

  public String getAggregator() {
    return aggregator;
  }

  public void setAggregator(String aggregator) {
    this.aggregator = aggregator;
  }

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public String getFormula() {
    return formula;
  }

  public void setFormula(String formula) {
    this.formula = formula;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public Map<String, String> getQueries() {
    return queries;
  }

  public void setQueries(Map<String, String> queries) {
    this.queries = queries;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getRequestTimeout() {
    return requestTimeout;
  }

  public void setRequestTimeout(String requestTimeout) {
    this.requestTimeout = requestTimeout;
  }

  public SecretRef getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(SecretRef secretRef) {
    this.secretRef = secretRef;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DatadogMetric that
        && Objects.equals(aggregator, that.aggregator)
        && Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(formula, that.formula)
        && Objects.equals(interval, that.interval)
        && Objects.equals(queries, that.queries)
        && Objects.equals(query, that.query)
        && Objects.equals(requestTimeout, that.requestTimeout)
        && Objects.equals(secretRef, that.secretRef)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        aggregator,
        apiVersion,
        formula,
        interval,
        queries,
        query,
        requestTimeout,
        secretRef,
        extras());
  }
}
