package dev.stepwise.analysis.wavefront;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wavefront: the chart API ({@code GET https://<address>/api/v2/chart/api}) with start = end = now
 * (ms), granularity {@code s}, one point, obsolete series included. The token is the value of key
 * {@code <address>} in Secret "wavefront-api-tokens" (controller namespace). Per series the point
 * closest to now is taken: one series → Double, several → List of Double, none → Error.
 */
public final class WavefrontProvider implements MetricProvider {
  static final String SECRET = "wavefront-api-tokens";

  private final HttpTransport http;
  private final Duration timeout;

  public WavefrontProvider(HttpTransport http) {
    this(http, Duration.ofSeconds(30));
  }

  /** With another timeout (tests). */
  public WavefrontProvider(HttpTransport http, Duration timeout) {
    this.http = http;
    this.timeout = timeout;
  }

  @Override
  public String type() {
    return "wavefront";
  }

  @Override
  public Observation run(MeasurementRequest request) {
    Config cfg = new Config(request.config(), "wavefront");
    List<String> secrets = new ArrayList<>();
    return Guard.observe(secrets, Map.of(), () -> measure(cfg, request, secrets));
  }

  private Observation measure(Config cfg, MeasurementRequest request, List<String> secrets)
      throws HttpTransport.TransportException {
    String address = cfg.required("address");
    Map<String, String> data =
        Secrets.require(request.secrets(), request.controllerNamespace(), SECRET);
    String token = Secrets.key(data, SECRET, address);
    secrets.add(token);
    // upstream takes a bare host; a scheme is accepted too (proxies, tests)
    String base = Texts.trimSlash(address.contains("://") ? address : "https://" + address);
    long nowMs = request.now().toEpochMilli();
    Map<String, String> q = new LinkedHashMap<>();
    q.put("q", cfg.required("query"));
    q.put("s", Long.toString(nowMs));
    q.put("e", Long.toString(nowMs));
    q.put("g", "s");
    q.put("p", "1");
    q.put("i", "true");
    q.put("strict", "true");
    Request req =
        Request.get(base + "/api/v2/chart/api?" + Texts.form(q), timeout)
            .withHeader("Authorization", "Bearer " + token)
            .withHeader("Accept", "application/json");
    Response r = http.send(req);
    if (!r.ok()) {
      throw new ProviderFailure("wavefront answered " + r.describe());
    }
    Object body = Json.parse(r.body()).map(Json.Parsed::value).orElse(null);
    if (!(body instanceof Map<?, ?> root)) {
      throw new ProviderFailure(
          "wavefront answer is not a JSON object: " + Texts.snippet(r.body()));
    }
    return toObservation(root, request.now().getEpochSecond());
  }

  private static Observation toObservation(Map<?, ?> root, long nowSeconds) {
    List<Double> values = new ArrayList<>();
    List<String> timestamps = new ArrayList<>();
    List<String> drifts = new ArrayList<>();
    Object series = root.get("timeseries");
    if (series instanceof List<?> list) {
      for (Object s : list) {
        if (!(s instanceof Map<?, ?> ts) || !(ts.get("data") instanceof List<?> points)) {
          throw new ProviderFailure("wavefront timeseries has no data");
        }
        double best = 0;
        long bestTs = 0;
        long bestDrift = Long.MAX_VALUE;
        for (Object p : points) {
          if (p instanceof List<?> pair
              && pair.size() >= 2
              && pair.get(0) instanceof Number t
              && pair.get(1) instanceof Number v) {
            long drift = Math.abs(nowSeconds - t.longValue());
            if (drift < bestDrift) {
              bestDrift = drift;
              bestTs = t.longValue();
              best = v.doubleValue();
            }
          }
        }
        if (bestDrift == Long.MAX_VALUE) {
          throw new ProviderFailure("wavefront timeseries has no datapoint");
        }
        values.add(best);
        timestamps.add(Long.toString(bestTs));
        drifts.add(Long.toString(nowSeconds - bestTs));
      }
    }
    if (values.isEmpty()) {
      throw new ProviderFailure("no timeseries returned from wavefront query");
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("timestamps", String.join(",", timestamps));
    metadata.put("drift", String.join(",", drifts));
    if (root.get("warnings") instanceof String w && !w.isEmpty()) {
      metadata.put("warnings", w);
    }
    if (values.size() == 1) {
      return Observation.result(values.get(0), Json.formatFloat(values.get(0)), metadata);
    }
    String value = "[" + String.join(",", values.stream().map(Json::formatFloat).toList()) + "]";
    return Observation.result(values, value, metadata);
  }
}
