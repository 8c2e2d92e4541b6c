package dev.stepwise.domain.expr;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Go's names and {@code %v} renderings of values, which show up in expr's messages. */
final class GoFormat {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private GoFormat() {}

  /** Go's {@code %T}: the name of a value's type as a provider would hand it to expr. */
  static String typeName(Object v) {
    return switch (v) {
      case null -> "<nil>";
      case Boolean b -> "bool";
      case Long l -> "int";
      case Double d -> "float64";
      case String s -> "string";
      case List<?> l -> "[]interface {}";
      case Map<?, ?> m -> "map[string]interface {}";
      case Instant t -> "time.Time";
      case Duration d -> "time.Duration";
      case ExprFunction f -> "func(...interface {}) interface {}";
      default -> v.getClass().getSimpleName();
    };
  }

  /** Go's {@code %v}. */
  static String value(Object v) {
    return switch (v) {
      case null -> "<nil>";
      case Double d -> formatFloat(d);
      case List<?> l -> {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < l.size(); i++) {
          sb.append(i > 0 ? " " : "").append(value(l.get(i)));
        }
        yield sb.append(']').toString();
      }
      case Map<?, ?> m -> {
        StringBuilder sb = new StringBuilder("map[");
        boolean first = true;
        for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
          sb.append(first ? "" : " ").append(value(e.getKey())).append(':');
          sb.append(value(e.getValue()));
          first = false;
        }
        yield sb.append(']').toString();
      }
      case Instant t -> formatTime(t);
      case Duration d -> Durations.format(d);
      default -> String.valueOf(v);
    };
  }

  /** {@code strconv.FormatFloat(f, 'g', -1, 64)} with fmt's %v exponent threshold of 21. */
  static String formatFloat(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "+Inf" : "-Inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0" : "0";
    }
    BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
    String digits = bd.unscaledValue().toString();
    int exp = digits.length() - 1 - bd.scale();
    String sign = d < 0 ? "-" : "";
    if (exp < -4 || exp >= 21) {
      String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
      String e = String.format("%02d", Math.abs(exp));
      return sign + mant + "e" + (exp < 0 ? "-" : "+") + e;
    }
    return sign + bd.toPlainString();
  }

  /** Go's time.Time %v in UTC, e.g. {@code 2024-01-02 03:04:05.5 +0000 UTC}. */
  static String formatTime(Instant t) {
    String s = TIME.format(t);
    if (t.getNano() != 0) {
      String frac = String.format("%09d", t.getNano()).replaceAll("0+$", "");
      s += "." + frac;
    }
    return s + " +0000 UTC";
  }

  /** {@code strconv.Quote}, as {@code %#v} renders a string. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\x%02x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
