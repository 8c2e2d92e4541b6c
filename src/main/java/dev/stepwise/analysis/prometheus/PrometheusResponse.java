package dev.stepwise.analysis.prometheus;

import dev.stepwise.analysis.http.Guard.ProviderFailure;
import dev.stepwise.analysis.http.HttpTransport.Response;
import dev.stepwise.analysis.http.Json;
import dev.stepwise.analysis.http.Texts;
import dev.stepwise.domain.analysis.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a Prometheus HTTP API answer into an Observation, as upstream's processResponse. */
final class PrometheusResponse {
  private PrometheusResponse() {}

  static Observation toObservation(Response r) {
    Object parsed = Json.parse(r.body()).map(Json.Parsed::value).orElse(null);
    if (!(parsed instanceof Map<?, ?> body)) {
      throw new ProviderFailure(
          "prometheus answered " + r.describe() + (r.ok() ? " (not a JSON object)" : ""));
    }
    if (!"success".equals(body.get("status"))) {
      // the API reports errors as {"status":"error","errorType":..,"error":..}
      throw new ProviderFailure(
          "prometheus query failed (status "
              + r.status()
              + "): "
              + body.get("errorType")
              + ": "
              + Texts.snippet(String.valueOf(body.get("error"))));
    }
    Map<String, String> metadata = new java.util.LinkedHashMap<>();
    if (body.get("warnings") instanceof List<?> w && !w.isEmpty()) {
      metadata.put("warnings", String.join(",", w.stream().map(String::valueOf).toList()));
    }
    if (!(body.get("data") instanceof Map<?, ?> data)) {
      throw new ProviderFailure("prometheus answer has no data");
    }
    Object type = data.get("resultType");
    Object result = data.get("result");
    switch (String.valueOf(type)) {
      case "scalar" -> {
        double v = sample(result);
        return Observation.result(v, Json.formatFloat(v), metadata);
      }
      case "vector" -> {
        List<Double> values = new ArrayList<>();
        for (Object series : list(result)) {
          values.add(sample(series(series).get("value")));
        }
        return Observation.result(values, bracketed(values), metadata);
      }
      case "matrix" -> {
        List<Double> values = new ArrayList<>();
        for (Object series : list(result)) {
          for (Object point : list(series(series).get("values"))) {
            values.add(sample(point));
          }
        }
        return Observation.result(values, bracketed(values), metadata);
      }
      default ->
          throw new ProviderFailure(
              "Prometheus metric type not supported: "
                  + type
                  + " (expected scalar, vector or matrix)");
    }
  }

  private static List<?> list(Object o) {
    if (o instanceof List<?> l
        && l.stream().allMatch(e -> e instanceof Map<?, ?> || e instanceof List<?>)) {
      return l;
    }
    throw new ProviderFailure(
        "prometheus answer has a malformed result: " + Texts.snippet(String.valueOf(o)));
  }

  private static Map<?, ?> series(Object o) {
    if (o instanceof Map<?, ?> m) {
      return m;
    }
    throw new ProviderFailure(
        "prometheus answer has a malformed series: " + Texts.snippet(String.valueOf(o)));
  }

  /** A sample is {@code [<unix time>, "<value>"]}; values are strings ("1", "NaN", "+Inf"). */
  static double sample(Object pair) {
    if (pair instanceof List<?> p && p.size() == 2 && p.get(1) instanceof String s) {
      return switch (s) {
        case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
        case "-Inf" -> Double.NEGATIVE_INFINITY;
        case "NaN" -> Double.NaN;
        default -> {
          try {
            yield Double.parseDouble(s);
          } catch (NumberFormatException e) {
            throw new ProviderFailure(
                "prometheus sample value is not a number: \"" + Texts.snippet(s) + "\"");
          }
        }
      };
    }
    throw new ProviderFailure(
        "prometheus answer has a malformed sample: " + Texts.snippet(String.valueOf(pair)));
  }

  private static String bracketed(List<Double> values) {
    return "[" + String.join(",", values.stream().map(Json::formatFloat).toList()) + "]";
  }
}
