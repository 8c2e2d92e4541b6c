package dev.stepwise.analysis.prometheus;

import dev.stepwise.analysis.MeasurementRequest;
import dev.stepwise.analysis.MetricProvider;
import dev.stepwise.analysis.http.Config;
import dev.stepwise.analysis.http.GoDurations;
import dev.stepwise.analysis.http.Guard;
import dev.stepwise.analysis.http.HttpTransport;
import dev.stepwise.analysis.http.HttpTransport.Request;
import dev.stepwise.analysis.http.HttpTransport.Response;
import dev.stepwise.analysis.http.Json;
import dev.stepwise.analysis.http.OAuth2;
import dev.stepwise.analysis.http.Texts;
import dev.stepwise.domain.analysis.Observation;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prometheus: an instant query ({@code POST /api/v1/query}) or a range query ({@code POST
 * /api/v1/query_range}), form-encoded as client_golang sends them, retried as GET on 405. The
 * answer becomes {@code result} as upstream binds it (scalar → Double, vector/matrix → List of
 * Double). SigV4 is not supported (clear error).
 */
public final class PrometheusProvider implements MetricProvider {
  public static final String ADDRESS_ENV = "ARGO_ROLLOUTS_PROMETHEUS_ADDRESS";

  private final HttpTransport http;
  private final Map<String, String> env;

  public PrometheusProvider(HttpTransport http, Map<String, String> env) {
    this.http = http;
    this.env = env;
  }

  @Override
  public String type() {
    return "prometheus";
  }

  @Override
  public Observation run(MeasurementRequest request) {
    Config cfg = new Config(request.config(), "prometheus");
    List<String> secrets = new ArrayList<>();
    return Guard.observe(secrets, Map.of(), () -> measure(cfg, request, secrets));
  }

  private Observation measure(Config cfg, MeasurementRequest request, List<String> secrets)
      throws HttpTransport.TransportException {
    Config auth = cfg.child("authentication");
    // collected first so any later message is redacted
    secrets.add(auth.child("basicAuth").string("password"));
    secrets.add(auth.child("oauth2").string("clientSecret"));
    secrets.addAll(cfg.headers("headers").values());
    String address = cfg.string("address", env.getOrDefault(ADDRESS_ENV, ""));
    if (!absoluteUrl(address)) {
      throw new Config.BadConfig(
          "prometheus address \""
              + address
              + "\" is not an absolute URL (set address or "
              + ADDRESS_ENV
              + ")");
    }
    if (auth.has("sigv4") && address.contains("aps-workspaces")) {
      throw new Config.BadConfig("prometheus sigv4 authentication is not supported by Stepwise");
    }
    String query = cfg.required("query");
    Double timeoutSeconds = cfg.number("timeout");
    Duration timeout =
        Duration.ofMillis(Math.round((timeoutSeconds == null ? 30 : timeoutSeconds) * 1000));
    boolean insecure = cfg.bool("insecure");

    Map<String, String> params = new LinkedHashMap<>();
    params.put("query", query);
    String path;
    if (cfg.has("rangeQuery")) {
      Config range = cfg.child("rangeQuery");
      params.put(
          "start",
          seconds(RangeTime.eval("rangeQuery.start", range.string("start"), request.now())));
      params.put(
          "end", seconds(RangeTime.eval("rangeQuery.end", range.string("end"), request.now())));
      Duration step = GoDurations.parse("rangeQuery.step", range.string("step"));
      params.put("step", Json.formatFloat(step.toMillis() / 1000.0));
      path = "/api/v1/query_range";
    } else {
      params.put("time", seconds(request.now()));
      path = "/api/v1/query";
    }
    String url = Texts.trimSlash(address) + path;
    Map<String, String> headers = new LinkedHashMap<>(cfg.headers("headers"));
    Config basic = auth.child("basicAuth");
    if (basic.has("username")) {
      String pair = basic.string("username") + ":" + basic.string("password", "");
      headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes()));
    }
    if (auth.child("oauth2").has("tokenUrl")) {
      headers.put("Authorization", OAuth2.bearer(http, auth.child("oauth2"), timeout, insecure));
    }
    Request post =
        new Request("POST", url, headers, null, timeout, insecure)
            .withBody("POST", Texts.form(params), "application/x-www-form-urlencoded");
    Response r = http.send(post);
    if (r.status() == 405) {
      r =
          http.send(
              new Request("GET", url + "?" + Texts.form(params), headers, null, timeout, insecure));
    }
    return PrometheusResponse.toObservation(r);
  }

  private static String seconds(Instant t) {
    return Json.formatFloat(t.toEpochMilli() / 1000.0);
  }

  private static boolean absoluteUrl(String address) {
    try {
      URI u = URI.create(address);
      return u.isAbsolute() && u.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
