package dev.stepwise.analysis.influxdb;

import dev.stepwise.analysis.MeasurementRequest;
import dev.stepwise.analysis.MetricProvider;
import dev.stepwise.analysis.http.Config;
import dev.stepwise.analysis.http.Guard;
import dev.stepwise.analysis.http.Guard.ProviderFailure;
import dev.stepwise.analysis.http.HttpTransport;
import dev.stepwise.analysis.http.HttpTransport.Request;
import dev.stepwise.analysis.http.HttpTransport.Response;
import dev.stepwise.analysis.http.Json;
import dev.stepwise.analysis.http.Secrets;
import dev.stepwise.analysis.http.Texts;
import dev.stepwise.domain.analysis.Observation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * InfluxDB v2: the Flux {@code query} is POSTed to {@code <address>/api/v2/query?org=<org>} as
 * influxdb-client-go's QueryAPI does (JSON body with the annotated-CSV dialect, {@code
 * Authorization: Token <authToken>}). Credentials come from Secret {@code profile} (default
 * "influxdb") in the controller namespace. {@code result} is the List of every row's {@code
 * _value}.
 */
public final class InfluxdbProvider implements MetricProvider {
  private static final Map<String, Object> DIALECT =
      Map.of(
          "annotations", List.of("datatype", "group", "default"), "delimiter", ",", "header", true);

  private final HttpTransport http;
  private final Duration timeout;

  public InfluxdbProvider(HttpTransport http) {
    this(http, Duration.ofSeconds(30));
  }

  /** With another timeout (tests). */
  public InfluxdbProvider(HttpTransport http, Duration timeout) {
    this.http = http;
    this.timeout = timeout;
  }

  @Override
  public String type() {
    return "influxdb";
  }

  @Override
  public Observation run(MeasurementRequest request) {
    Config cfg = new Config(request.config(), "influxdb");
    List<String> secrets = new ArrayList<>();
    return Guard.observe(secrets, Map.of(), () -> measure(cfg, request, secrets));
  }

  private Observation measure(Config cfg, MeasurementRequest request, List<String> secrets)
      throws HttpTransport.TransportException {
    String profile = cfg.string("profile", "influxdb");
    Map<String, String> data =
        Secrets.require(request.secrets(), request.controllerNamespace(), profile);
    String token = Secrets.key(data, profile, "authToken");
    secrets.add(token);
    String address = Texts.trimSlash(Secrets.key(data, profile, "address"));
    String org = Secrets.key(data, profile, "org");
    String query = cfg.required("query");
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("query", query);
    body.put("type", "flux");
    body.put("dialect", DIALECT);
    Request req =
        Request.get(address + "/api/v2/query?org=" + Texts.encode(org), timeout)
            .withHeader("Authorization", "Token " + token)
            .withHeader("Accept", "text/csv")
            .withBody("POST", Json.write(body), "application/json");
    Response r = http.send(req);
    if (!r.ok()) {
      throw new ProviderFailure("influxdb answered " + r.describe());
    }
    List<Object> values = AnnotatedCsv.values(r.body());
    if (values.isEmpty()) {
      throw new ProviderFailure("no results returned from influxdb query");
    }
    return Observation.result(values, Json.write(values), Map.of());
  }
}
