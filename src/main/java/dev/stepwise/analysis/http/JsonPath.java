package dev.stepwise.analysis.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The subset of Kubernetes JSONPath that Web metrics use, over values decoded by {@link Json}.
 *
 * <p>Supported: one expression, with or without the surrounding braces; root {@code $} (optional,
 * so {@code {.a}} equals {@code {$.a}}); child {@code .name} and {@code ['name']} / {@code
 * ["name"]}; index {@code [n]} (negative counts from the end); wildcard {@code [*]} / {@code .*}.
 * Not supported (a clear error): filters {@code [?()]}, slices {@code [a:b]}, recursive descent
 * {@code ..}, unions, {@code range}/{@code end} and text around the braces.
 */
public final class JsonPath {
  private final String source;
  private final List<Object> steps; // String = member, Integer = index, WILDCARD

  private static final Object WILDCARD = new Object();

  private JsonPath(String source, List<Object> steps) {
    this.source = source;
    this.steps = steps;
  }

  /** Parses {@code expr}; a {@link Config.BadConfig} names what is unsupported. */
  public static JsonPath compile(String expr) {
    String s = expr.trim();
    if (s.startsWith("{") && s.endsWith("}")) {
      s = s.substring(1, s.length() - 1).trim();
    } else if (s.contains("{") || s.contains("}")) {
      throw bad(expr, "only one {...} expression is supported");
    }
    if (s.startsWith("$")) {
      s = s.substring(1);
    }
    List<Object> steps = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '.') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '.') {
          throw bad(expr, "recursive descent (..) is not supported");
        }
        int end = i + 1;
        while (end < s.length() && s.charAt(end) != '.' && s.charAt(end) != '[') {
          end++;
        }
        String name = s.substring(i + 1, end);
        if (name.isEmpty() && end < s.length()) {
          throw bad(expr, "empty member name");
        }
        if (!name.isEmpty()) {
          steps.add(name.equals("*") ? WILDCARD : name);
        }
        i = end;
      } else if (c == '[') {
        int end = s.indexOf(']', i);
        if (end < 0) {
          throw bad(expr, "unclosed [");
        }
        steps.add(bracket(expr, s.substring(i + 1, end).trim()));
        i = end + 1;
      } else {
        throw bad(expr, "unexpected '" + c + "' at " + i);
      }
    }
    return new JsonPath(expr, List.copyOf(steps));
  }

  private static Object bracket(String expr, String inner) {
    if (inner.equals("*")) {
      return WILDCARD;
    }
    if (inner.length() >= 2
        && (inner.startsWith("'") && inner.endsWith("'")
            || inner.startsWith("\"") && inner.endsWith("\""))) {
      return inner.substring(1, inner.length() - 1);
    }
    try {
      return Integer.parseInt(inner);
    } catch (NumberFormatException e) {
      throw bad(expr, "unsupported subscript [" + inner + "] (filters, slices and unions are not)");
    }
  }

  private static Config.BadConfig bad(String expr, String why) {
    return new Config.BadConfig("invalid jsonPath \"" + expr + "\": " + why);
  }

  /** All matches in document order; empty if nothing matches. */
  public List<Object> find(Object root) {
    List<Object> current = new ArrayList<>();
    current.add(root);
    for (Object step : steps) {
      List<Object> next = new ArrayList<>();
      for (Object node : current) {
        apply(step, node, next);
      }
      current = next;
    }
    return current;
  }

  private static void apply(Object step, Object node, List<Object> out) {
    if (step == WILDCARD) {
      if (node instanceof Map<?, ?> m) {
        out.addAll(m.values());
      } else if (node instanceof List<?> l) {
        out.addAll(l);
      }
    } else if (step instanceof String name && node instanceof Map<?, ?> m) {
      if (m.containsKey(name)) {
        out.add(m.get(name));
      }
    } else if (step instanceof Integer idx && node instanceof List<?> l) {
      int at = idx < 0 ? l.size() + idx : idx;
      if (at >= 0 && at < l.size()) {
        out.add(l.get(at));
      }
    }
  }

  @Override
  public String toString() {
    return source;
  }
}
