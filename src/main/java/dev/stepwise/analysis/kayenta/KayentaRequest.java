package dev.stepwise.analysis.kayenta;

import dev.stepwise.analysis.MeasurementRequest;
import dev.stepwise.analysis.http.Config;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The canary execution request body: per scope a control and an experiment scope over the window
 * [now − interval, now] (or [run start, now] with {@code lookback}), and the thresholds.
 */
final class KayentaRequest {
  private KayentaRequest() {}

  static Map<String, Object> body(Config cfg, MeasurementRequest request) {
    Instant end = request.now().truncatedTo(ChronoUnit.SECONDS);
    Instant start;
    if (cfg.bool("lookback") && request.runStartedAt() != null) {
      start = request.runStartedAt().truncatedTo(ChronoUnit.SECONDS);
    } else if (request.interval() != null) {
      start = end.minus(request.interval());
    } else {
      throw new Config.BadConfig("kayenta needs the metric's interval (or lookback: true)");
    }
    Map<String, Object> scopes = new LinkedHashMap<>();
    for (Config s : cfg.list("scopes")) {
      Map<String, Object> pair = new LinkedHashMap<>();
      pair.put("controlScope", scope(s.child("controlScope"), start, end));
      pair.put("experimentScope", scope(s.child("experimentScope"), start, end));
      scopes.put(s.required("name"), pair);
    }
    if (scopes.isEmpty()) {
      throw new Config.BadConfig("kayenta.scopes must name at least one scope");
    }
    Config t = cfg.child("threshold");
    Map<String, Object> thresholds = new LinkedHashMap<>();
    thresholds.put("pass", t.number("pass"));
    thresholds.put("marginal", t.number("marginal"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("scopes", scopes);
    body.put("thresholds", thresholds);
    return body;
  }

  private static Map<String, Object> scope(Config s, Instant start, Instant end) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("scope", s.required("scope"));
    out.put("location", s.string("region", ""));
    Double step = s.number("step");
    out.put("step", step == null ? 60 : step.longValue());
    out.put("start", start.toString());
    out.put("end", end.toString());
    return out;
  }
}
