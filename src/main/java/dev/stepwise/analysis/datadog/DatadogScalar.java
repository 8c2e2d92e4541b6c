package dev.stepwise.analysis.datadog;

import dev.stepwise.analysis.http.Guard.ProviderFailure;
import dev.stepwise.analysis.http.Json;
import dev.stepwise.domain.analysis.Observation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The v2 scalar answer: {@code data.attributes.columns[]} of {@code type} "group" (values are tag
 * lists) and "number" (one value per group). The first number column is the result: a Double when
 * ungrouped, a List of Double when grouped ({@code by {tag}}), null when empty; nulls are skipped.
 */
final class DatadogScalar {
  static final int MAX_GROUPS = 100;

  private DatadogScalar() {}

  static Observation toObservation(Map<?, ?> root) {
    if (root.get("errors") instanceof String e && !e.isEmpty()) {
      throw new ProviderFailure("datadog query failed: " + e);
    }
    Object columns = null;
    if (root.get("data") instanceof Map<?, ?> data
        && data.get("attributes") instanceof Map<?, ?> attrs) {
      columns = attrs.get("columns");
    }
    if (!(columns instanceof List<?> cols)) {
      throw new ProviderFailure("datadog scalar answer has no data.attributes.columns");
    }
    List<?> groups = null;
    List<?> numbers = null;
    for (Object c : cols) {
      if (c instanceof Map<?, ?> col && col.get("values") instanceof List<?> vals) {
        if ("group".equals(col.get("type")) && groups == null) {
          groups = vals;
        } else if ("number".equals(col.get("type")) && numbers == null) {
          numbers = vals;
        }
      }
    }
    if (numbers == null) {
      return Observation.result(null, "", Map.of());
    }
    List<Double> values = new ArrayList<>();
    List<Map<String, Object>> named = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) {
      if (numbers.get(i) instanceof Number n) {
        values.add(n.doubleValue());
        if (groups != null) {
          Map<String, Object> g = new LinkedHashMap<>();
          g.put("name", groupName(i < groups.size() ? groups.get(i) : null));
          g.put("value", n.doubleValue());
          named.add(g);
        }
      }
    }
    if (values.isEmpty()) {
      return Observation.result(null, "", Map.of());
    }
    if (groups == null) {
      double v = values.get(0);
      return Observation.result(v, Json.formatFloat(v), Map.of());
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    if (named.size() > MAX_GROUPS) {
      named = named.subList(0, MAX_GROUPS);
      metadata.put("groups_truncated", "true");
    }
    metadata.put("groups", Json.write(named));
    String value = "[" + String.join(",", values.stream().map(Json::formatFloat).toList()) + "]";
    return Observation.result(values, value, metadata);
  }

  private static String groupName(Object tags) {
    if (tags instanceof List<?> l) {
      return String.join(",", l.stream().map(String::valueOf).toList());
    }
    return String.valueOf(tags);
  }
}
