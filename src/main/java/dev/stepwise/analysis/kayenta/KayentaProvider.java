package dev.stepwise.analysis.kayenta;

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
import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.Observation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kayenta: looks up the canary config id by name, starts a canary judgement ({@code POST
 * /canary/<configId>}), then polls {@code GET /canary/<executionId>} every 15 s until {@code
 * complete}. The score ({@code result.judgeResult.score.score}) decides: ≥ pass Successful, ≥
 * marginal Inconclusive, else Failed. Conditions are not used.
 */
public final class KayentaProvider implements MetricProvider {
  static final String EXECUTION_ID = "canaryExecutionId";
  static final Duration POLL = Duration.ofSeconds(15);

  private final HttpTransport http;
  private final Duration timeout;

  public KayentaProvider(HttpTransport http) {
    this(http, Duration.ofSeconds(30));
  }

  /** With another timeout (tests). */
  public KayentaProvider(HttpTransport http, Duration timeout) {
    this.http = http;
    this.timeout = timeout;
  }

  @Override
  public String type() {
    return "kayenta";
  }

  @Override
  public Observation run(MeasurementRequest request) {
    Config cfg = new Config(request.config(), "kayenta");
    return Guard.observe(List.of(), Map.of(), () -> start(cfg, request));
  }

  @Override
  public Observation resume(MeasurementRequest request, Map<String, String> metadata) {
    Config cfg = new Config(request.config(), "kayenta");
    return Guard.observe(List.of(), metadata, () -> poll(cfg, request, metadata));
  }

  private Observation start(Config cfg, MeasurementRequest request)
      throws HttpTransport.TransportException {
    String base = Texts.trimSlash(cfg.required("address"));
    String app = cfg.required("application");
    String storage = cfg.string("storageAccountName", "");
    Map<String, String> lookup = new LinkedHashMap<>();
    lookup.put("application", app);
    // upstream passes storageAccountName as configurationAccountName here; kept for parity
    lookup.put("configurationAccountName", storage);
    Response configs =
        http.send(Request.get(base + "/canaryConfig?" + Texts.form(lookup), timeout));
    String configId = configId(configs, cfg.required("canaryConfigName"));

    Map<String, String> params = new LinkedHashMap<>();
    params.put("application", app);
    params.put("metricsAccountName", cfg.string("metricsAccountName", ""));
    params.put("configurationAccountName", cfg.string("configurationAccountName", ""));
    params.put("storageAccountName", storage);
    String body = Json.write(KayentaRequest.body(cfg, request));
    Response started =
        http.send(
            Request.get(
                    base + "/canary/" + Texts.encode(configId) + "?" + Texts.form(params), timeout)
                .withBody("POST", body, "application/json"));
    if (!started.ok()) {
      throw new ProviderFailure("kayenta canary start answered " + started.describe());
    }
    Object id = field(started, EXECUTION_ID);
    if (!(id instanceof String executionId) || executionId.isEmpty()) {
      throw new ProviderFailure(
          "kayenta answer has no canaryExecutionId: " + Texts.snippet(started.body()));
    }
    return Observation.running(Map.of(EXECUTION_ID, executionId), request.now().plus(POLL));
  }

  private Observation poll(Config cfg, MeasurementRequest request, Map<String, String> metadata)
      throws HttpTransport.TransportException {
    String executionId = metadata.get(EXECUTION_ID);
    if (executionId == null || executionId.isEmpty()) {
      throw new ProviderFailure("measurement has no canaryExecutionId to poll");
    }
    String base = Texts.trimSlash(cfg.required("address"));
    Response r = http.send(Request.get(base + "/canary/" + Texts.encode(executionId), timeout));
    if (!r.ok()) {
      throw new ProviderFailure("kayenta canary status answered " + r.describe());
    }
    if (!Boolean.TRUE.equals(field(r, "complete"))) {
      return Observation.running(metadata, request.now().plus(POLL));
    }
    Object score = null;
    if (field(r, "result") instanceof Map<?, ?> result
        && result.get("judgeResult") instanceof Map<?, ?> judge
        && judge.get("score") instanceof Map<?, ?> s) {
      score = s.get("score");
    }
    if (!(score instanceof Number n)) {
      throw new ProviderFailure(
          "kayenta canary finished without a score: " + Texts.snippet(r.body()));
    }
    Config threshold = cfg.child("threshold");
    double pass = require(threshold.number("pass"), "kayenta.threshold.pass");
    double marginal = require(threshold.number("marginal"), "kayenta.threshold.marginal");
    double v = n.doubleValue();
    AnalysisPhase phase =
        v >= pass
            ? AnalysisPhase.SUCCESSFUL
            : v >= marginal ? AnalysisPhase.INCONCLUSIVE : AnalysisPhase.FAILED;
    return Observation.decided(phase, Json.formatFloat(v), metadata, null);
  }

  private static double require(Double v, String field) {
    if (v == null) {
      throw new Config.BadConfig(field + " is required");
    }
    return v;
  }

  private static String configId(Response r, String name) {
    if (!r.ok()) {
      throw new ProviderFailure("kayenta canaryConfig lookup answered " + r.describe());
    }
    Object parsed = Json.parse(r.body()).map(Json.Parsed::value).orElse(null);
    if (!(parsed instanceof List<?> configs)) {
      throw new ProviderFailure(
          "kayenta canaryConfig answer is not a JSON list: " + Texts.snippet(r.body()));
    }
    for (Object c : configs) {
      if (c instanceof Map<?, ?> m
          && name.equals(m.get("name"))
          && m.get("id") instanceof String id) {
        return id;
      }
    }
    throw new ProviderFailure("kayenta canary config \"" + name + "\" not found");
  }

  private static Object field(Response r, String key) {
    Object parsed = Json.parse(r.body()).map(Json.Parsed::value).orElse(null);
    if (!(parsed instanceof Map<?, ?> m)) {
      throw new ProviderFailure("kayenta answer is not a JSON object: " + Texts.snippet(r.body()));
    }
    return m.get(key);
  }
}
