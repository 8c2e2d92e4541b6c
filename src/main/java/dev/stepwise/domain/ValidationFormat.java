package dev.stepwise.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Kubernetes field.Error strings as client-go v0.34 prints them ("path: Invalid value: v: detail"):
 * numbers and booleans bare, strings Go-quoted, anything else as its JSON.
 */
final class ValidationFormat {
  private ValidationFormat() {}

  static String invalid(String path, Object value, String detail) {
    return path + ": Invalid value: " + render(value) + ": " + detail;
  }

  /** An Invalid error whose value is already rendered (JSON of a struct, say). */
  static String invalidRendered(String path, String rendered, String detail) {
    return path + ": Invalid value: " + rendered + ": " + detail;
  }

  static String required(String path, String detail) {
    return path + ": Required value" + (detail.isEmpty() ? "" : ": " + detail);
  }

  static String forbidden(String path, String detail) {
    return path + ": Forbidden: " + detail;
  }

  static String internal(String path, String detail) {
    return path + ": Internal error: " + detail;
  }

  static String duplicate(String path, String value) {
    return path + ": Duplicate value: " + goQuote(value);
  }

  static String notSupported(String path, String value, List<String> supported) {
    return path
        + ": Unsupported value: "
        + goQuote(value)
        + ": supported values: "
        + supported.stream().map(ValidationFormat::goQuote).collect(Collectors.joining(", "));
  }

  static String nonNegative(String path, long value) {
    return value < 0 ? invalid(path, value, "must be greater than or equal to 0") : null;
  }

  private static String render(Object value) {
    return value instanceof String s ? goQuote(s) : String.valueOf(value);
  }

  /**
   * Go's %q of a string (printable ASCII kept, the rest escaped as Go does for the common cases).
   */
  static String goQuote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\x%02x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** Go's json.Marshal of a string (HTML characters escaped, as encoding/json does). */
  static String jsonString(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        case '<', '>', '&', '\u2028', '\u2029' -> b.append(String.format("\\u%04x", (int) c));
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** Go's json.Marshal of a map[string]string: keys sorted; an empty map prints as a nil one. */
  static String jsonMap(Map<String, String> m) {
    if (m == null || m.isEmpty()) {
      return "null";
    }
    return new TreeMap<>(m)
        .entrySet().stream()
            .map(e -> jsonString(e.getKey()) + ":" + jsonString(e.getValue()))
            .collect(Collectors.joining(",", "{", "}"));
  }

  static String jsonList(List<String> values) {
    return values.stream()
        .map(ValidationFormat::jsonString)
        .collect(Collectors.joining(",", "[", "]"));
  }

  /** json.Marshal of an intstr.IntOrString: a bare int, or the string ("25%"). */
  static String jsonIntOrString(IntOrPercent v) {
    if (v == null) {
      return "\"25%\"";
    }
    return v.percent() ? "\"" + v.value() + "%\"" : Integer.toString(v.value());
  }
}
