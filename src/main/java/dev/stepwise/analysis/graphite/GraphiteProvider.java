package dev.stepwise.analysis.graphite;

import dev.stepwise.analysis.MeasurementRequest;
import dev.stepwise.analysis.MetricProvider;
import dev.stepwise.analysis.http.Config;
import dev.stepwise.analysis.http.Guard;
import dev.stepwise.analysis.http.Guard.ProviderFailure;
import dev.stepwise.analysis.http.HttpTransport;
import dev.stepwise.analysis.http.HttpTransport.Request;
import dev.stepwise.analysis.http.HttpTransport.Response;
import dev.stepwise.analysis.http.Json;
import dev.stepwise.analysis.http.Texts;
import dev.stepwise.domain.analysis.Observation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Graphite: {@code GET <address>/render?<query>&format=json} where {@code query} is the raw render
 * query ({@code target=...&from=...}) with all whitespace removed. {@code result} is the List of
 * non-null values of the first series.
 */
public final class GraphiteProvider implements MetricProvider {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpTransport http;
  private final Duration timeout;

  public GraphiteProvider(HttpTransport http) {
    this(http, TIMEOUT);
  }

  /** With another timeout (tests). */
  public GraphiteProvider(HttpTransport http, Duration timeout) {
    this.http = http;
    this.timeout = timeout;
  }

  @Override
  public String type() {
    return "graphite";
  }

  @Override
  public Observation run(MeasurementRequest request) {
    Config cfg = new Config(request.config(), "graphite");
    return Guard.observe(List.of(), Map.of(), () -> measure(cfg));
  }

  private Observation measure(Config cfg) throws HttpTransport.TransportException {
    String address = Texts.trimSlash(cfg.required("address"));
    String query = cfg.required("query").replaceAll("\\s+", "");
    String url = address + "/render?" + (query.isEmpty() ? "" : query + "&") + "format=json";
    Response r = http.send(Request.get(url, timeout));
    if (r.status() >= 400) {
      throw new ProviderFailure("graphite answered " + r.describe());
    }
    Object body = Json.parse(r.body()).map(Json.Parsed::value).orElse(null);
    if (!(body instanceof List<?> series)) {
      throw new ProviderFailure(
          "graphite answer is not a JSON list of series: " + Texts.snippet(r.body()));
    }
    List<Double> values = new ArrayList<>();
    if (!series.isEmpty()) {
      if (!(series.get(0) instanceof Map<?, ?> first)
          || !(first.get("datapoints") instanceof List<?> points)) {
        throw new ProviderFailure("graphite series has no datapoints: " + Texts.snippet(r.body()));
      }
      for (Object p : points) {
        // a datapoint is [value|null, timestamp]; nulls are gaps, not zeros
        if (p instanceof List<?> pair && !pair.isEmpty() && pair.get(0) instanceof Number n) {
          values.add(n.doubleValue());
        } else if (!(p instanceof List<?> pair2) || pair2.isEmpty() || pair2.get(0) != null) {
          throw new ProviderFailure(
              "graphite datapoint is malformed: " + Texts.snippet(String.valueOf(p)));
        }
      }
    }
    String value = "[" + String.join(",", values.stream().map(Json::formatFloat).toList()) + "]";
    return Observation.result(values, value, Map.of());
  }
}
