package dev.stepwise.domain.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * {@code {{args.x}}} substitution over a metric, as upstream's template resolution. Upstream
 * substitutes in the metric's JSON with JSON-escaped values; substituting in every decoded string
 * (map keys included) gives the same metric, since an escaped value decodes back to itself.
 */
public final class ArgSubstitution {
  /** What a Secret argument resolves to while validating, before any Secret is read. */
  static final String SECRET_PLACEHOLDER = "temp-for-secret";

  private ArgSubstitution() {}

  /**
   * The metric with every {@code {{args.x}}} replaced.
   *
   * @param values argument name → value; every argument of the run must have one
   * @throws AnalysisSpecException {@code argument "x" was not supplied} for an argument without a
   *     value, {@code failed to resolve {{args.x}}} for a reference to an unknown argument
   */
  public static MetricSpec resolve(MetricSpec metric, Map<String, String> values) {
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getValue() == null) {
        throw new AnalysisSpecException("argument \"" + e.getKey() + "\" was not supplied");
      }
    }
    UnaryOperator<String> f = s -> substitute(s, values);
    // fields in their JSON order first, then the provider, so the first bad reference is reported
    MetricSpec fields = metric.map(f, metric.provider());
    return fields.map(UnaryOperator.identity(), substituteMap(metric.provider(), f));
  }

  /** Argument values with Secret arguments replaced by a placeholder (never read here). */
  public static Map<String, String> withoutSecrets(List<ArgSpec> args) {
    Map<String, String> values = new LinkedHashMap<>();
    for (ArgSpec a : args) {
      values.put(a.name(), a.fromSecret() ? SECRET_PLACEHOLDER : a.value());
    }
    return values;
  }

  static String substitute(String s, Map<String, String> values) {
    if (s == null || !s.contains("{{")) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (true) {
      int open = s.indexOf("{{", at);
      int close = open < 0 ? -1 : s.indexOf("}}", open + 2);
      if (open < 0 || close < 0) {
        out.append(s, at, s.length());
        return out.toString();
      }
      out.append(s, at, open);
      String tag = s.substring(open + 2, close);
      String key = tag.trim();
      if (key.startsWith("args.") && values.containsKey(key.substring(5))) {
        out.append(values.get(key.substring(5)));
      } else if (key.startsWith("args.")) {
        throw new AnalysisSpecException("failed to resolve {{" + tag + "}}");
      } else {
        out.append("{{").append(tag).append("}}"); // not ours (e.g. {{templates.x}}): kept
      }
      at = close + 2;
    }
  }

  private static Map<String, Object> substituteMap(Map<String, Object> m, UnaryOperator<String> f) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(f.apply(k), substituteAny(v, f)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object substituteAny(Object v, UnaryOperator<String> f) {
    if (v instanceof String s) {
      return f.apply(s);
    }
    if (v instanceof Map<?, ?> m) {
      return substituteMap((Map<String, Object>) m, f);
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(x -> out.add(substituteAny(x, f)));
      return out;
    }
    return v;
  }
}
