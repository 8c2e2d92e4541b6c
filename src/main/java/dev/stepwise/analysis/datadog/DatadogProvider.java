package dev.stepwise.analysis.datadog;

import dev.stepwise.analysis.MeasurementRequest;
import dev.stepwise.analysis.MetricProvider;
import dev.stepwise.analysis.http.Config;
import dev.stepwise.analysis.http.GoDurations;
import dev.stepwise.analysis.http.Guard;
import dev.stepwise.analysis.http.Guard.ProviderFailure;
import dev.stepwise.analysis.http.HttpTransport;
import dev.stepwise.analysis.http.HttpTransport.Request;
import dev.stepwise.analysis.http.HttpTransport.Response;
import dev.stepwise.analysis.http.Json;
import dev.stepwise.analysis.http.Texts;
import dev.stepwise.domain.analysis.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Datadog: v1 {@code GET /api/v1/query} (last point of the first series) or, for any other {@code
 * apiVersion}, v2 {@code POST /api/v2/query/scalar} (see {@link DatadogScalar}). The look-back
 * window is {@code interval} (default 5m); keys go in {@code DD-API-KEY} / {@code
 * DD-APPLICATION-KEY}.
 */
public final class DatadogProvider implements MetricProvider {
  private final HttpTransport http;
  private final Map<String, String> env;

  public DatadogProvider(HttpTransport http, Map<String, String> env) {
    this.http = http;
    this.env = env;
  }

  @Override
  public String type() {
    return "datadog";
  }

  @Override
  public Observation run(MeasurementRequest request) {
    Config cfg = new Config(request.config(), "datadog");
    List<String> secrets = new ArrayList<>();
    return Guard.observe(secrets, Map.of(), () -> measure(cfg, request, secrets));
  }

  private Observation measure(Config cfg, MeasurementRequest request, List<String> secrets)
      throws HttpTransport.TransportException {
    DatadogCredentials creds = DatadogCredentials.resolve(cfg, request, env);
    secrets.add(creds.apiKey());
    secrets.add(creds.appKey());
    Duration window = GoDurations.parse("datadog.interval", cfg.string("interval", "5m"));
    Duration timeout =
        GoDurations.parse("datadog.requestTimeout", cfg.string("requestTimeout", "10s"));
    Instant to = request.now();
    Instant from = to.minus(window);
    String base = Texts.trimSlash(creds.address());
    boolean v1 = "v1".equals(cfg.string("apiVersion", "v1"));
    Request req;
    if (v1) {
      Map<String, String> q = new LinkedHashMap<>();
      q.put("from", Long.toString(from.getEpochSecond()));
      q.put("query", cfg.required("query"));
      q.put("to", Long.toString(to.getEpochSecond()));
      req = Request.get(base + "/api/v1/query?" + Texts.form(q), timeout);
    } else {
      req =
          Request.get(base + "/api/v2/query/scalar", timeout)
              .withBody("POST", Json.write(scalarBody(cfg, from, to)), "application/json");
    }
    req =
        req.withHeader("Accept", "application/json")
            .withHeader("DD-API-KEY", creds.apiKey())
            .withHeader("DD-APPLICATION-KEY", creds.appKey());
    Response r = http.send(req);
    if (r.status() == 401 || r.status() == 403) {
      throw new ProviderFailure("received authentication error response code: " + r.status());
    }
    if (!r.ok()) {
      throw new ProviderFailure("datadog answered " + r.describe());
    }
    Object body = Json.parse(r.body()).map(Json.Parsed::value).orElse(null);
    if (!(body instanceof Map<?, ?> root)) {
      throw new ProviderFailure("datadog answer is not a JSON object: " + Texts.snippet(r.body()));
    }
    return v1 ? v1Result(root) : DatadogScalar.toObservation(root);
  }

  private static Map<String, Object> scalarBody(Config cfg, Instant from, Instant to) {
    Map<String, String> queries = new TreeMap<>();
    if (cfg.has("queries")) {
      Config qs = cfg.child("queries");
      @SuppressWarnings("unchecked")
      Map<String, Object> raw = (Map<String, Object>) cfg.raw("queries");
      raw.keySet().forEach(k -> queries.put(k, qs.required(k)));
    } else {
      queries.put("query", cfg.required("query"));
    }
    String formula = cfg.string("formula", "");
    if (formula.isEmpty()) {
      if (queries.size() > 1) {
        throw new Config.BadConfig("datadog.formula is required when there are several queries");
      }
      formula = queries.keySet().iterator().next();
    }
    String aggregator = cfg.string("aggregator", "last");
    List<Map<String, Object>> qList = new ArrayList<>();
    queries.forEach(
        (name, q) -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("aggregator", aggregator);
          m.put("data_source", "metrics");
          m.put("name", name);
          m.put("query", q);
          qList.add(m);
        });
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("from", from.toEpochMilli());
    attributes.put("to", to.toEpochMilli());
    attributes.put("queries", qList);
    attributes.put("formulas", List.of(Map.of("formula", formula)));
    return Map.of("data", Map.of("type", "scalar_request", "attributes", attributes));
  }

  private static Observation v1Result(Map<?, ?> root) {
    if (root.get("error") instanceof String e && !e.isEmpty()) {
      throw new ProviderFailure("datadog query failed: " + Texts.snippet(e));
    }
    if (root.get("series") instanceof List<?> series
        && !series.isEmpty()
        && series.get(0) instanceof Map<?, ?> first
        && first.get("pointlist") instanceof List<?> points
        && !points.isEmpty()) {
      Object last = points.get(points.size() - 1);
      if (last instanceof List<?> pair && pair.size() >= 2) {
        if (pair.get(1) instanceof Number n) {
          return Observation.result(n.doubleValue(), Json.formatFloat(n.doubleValue()), Map.of());
        }
        if (pair.get(1) == null) {
          return Observation.result(null, "", Map.of());
        }
      }
      throw new ProviderFailure("Datapoint does not have a value");
    }
    // no data is nil, for conditions like default(result, 0) to handle
    return Observation.result(null, "", Map.of());
  }
}
