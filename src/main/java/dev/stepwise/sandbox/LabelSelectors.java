package dev.stepwise.sandbox;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
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

  /**
   * Whether {@code labels} satisfy a metav1.LabelSelector: every matchLabels entry and every
   * matchExpressions requirement. No selector selects everything; an unknown operator nothing.
   */
  static boolean matches(LabelSelector selector, Map<String, String> labels) {
    if (selector == null) {
      return true;
    }
    Map<String, String> have = labels == null ? Map.of() : labels;
    if (!containsAll(have, selector.getMatchLabels())) {
      return false;
    }
    List<LabelSelectorRequirement> exprs =
        selector.getMatchExpressions() == null ? List.of() : selector.getMatchExpressions();
    for (LabelSelectorRequirement r : exprs) {
      String value = have.get(r.getKey());
      List<String> values = r.getValues() == null ? List.of() : r.getValues();
      boolean ok =
          switch (r.getOperator()) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> have.containsKey(r.getKey());
            case "DoesNotExist" -> !have.containsKey(r.getKey());
            default -> false;
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code labels} contain every entry of {@code required}. */
  static boolean containsAll(Map<String, String> labels, Map<String, String> required) {
    if (required == null || required.isEmpty()) {
      return true;
    }
    return labels != null && labels.entrySet().containsAll(required.entrySet());
  }
}
