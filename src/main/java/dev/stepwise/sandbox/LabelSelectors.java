package dev.stepwise.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Label-selector helpers: the query form of a selector and matching labels against one. */
final class LabelSelectors {
  private LabelSelectors() {}

  /** A metav1.LabelSelector (as JSON) in the {@code k=v,k in (a,b)} query form. */
  static String toQuery(JsonNode selector) {
    List<String> parts = new ArrayList<>();
    selector
        .path("matchLabels")
        .properties()
        .forEach(e -> parts.add(e.getKey() + "=" + e.getValue().asString()));
    for (JsonNode expr : selector.path("matchExpressions")) {
      String key = expr.path("key").asString();
      List<String> values = new ArrayList<>();
      expr.path("values").forEach(v -> values.add(v.asString()));
      switch (expr.path("operator").asString()) {
        case "In" -> parts.add(key + " in (" + String.join(",", values) + ")");
        case "NotIn" -> parts.add(key + " notin (" + String.join(",", values) + ")");
        case "Exists" -> parts.add(key);
        case "DoesNotExist" -> parts.add("!" + key);
        default -> {}
      }
    }
    return String.join(",", parts);
  }

  /** Whether {@code labels} contain every entry of {@code required}. */
  static boolean containsAll(Map<String, String> labels, Map<String, String> required) {
    if (required == null || required.isEmpty()) {
      return true;
    }
    return labels != null && labels.entrySet().containsAll(required.entrySet());
  }
}
