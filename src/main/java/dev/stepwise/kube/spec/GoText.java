package dev.stepwise.kube.spec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Go {@code encoding/json} text rules: string escaping, number forms and map key order. */
final class GoText {
  private GoText() {}

  /** Integral numbers print as integers; others as Go's shortest float64 form, roughly. */
  static String number(Number n) {
    return integral(n).map(BigInteger::toString).orElseGet(() -> floatText(n));
  }

  private static String floatText(Number n) {
    double x = n.doubleValue();
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return "null"; // Go refuses to encode these; never seen in a stored object
    }
    BigDecimal d = new BigDecimal(Double.toString(x)).stripTrailingZeros();
    double abs = Math.abs(x);
    if (abs == 0 || (abs >= 1e-6 && abs < 1e21)) {
      return d.toPlainString();
    }
    String digits = d.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - d.scale();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return (x < 0 ? "-" : "") + mantissa + (exponent < 0 ? "e-" : "e+") + Math.abs(exponent);
  }

  static Optional<BigInteger> integral(Object v) {
    return switch (v) {
      case Integer i -> Optional.of(BigInteger.valueOf(i));
      case Long l -> Optional.of(BigInteger.valueOf(l));
      case Short s -> Optional.of(BigInteger.valueOf(s));
      case BigInteger b -> Optional.of(b);
      case Number n -> {
        try {
          yield Optional.of(new BigDecimal(n.toString()).toBigIntegerExact());
        } catch (ArithmeticException | NumberFormatException e) {
          yield Optional.empty();
        }
      }
      default -> Optional.empty();
    };
  }

  /** Map keys in Go's order: byte-wise over their UTF-8 encoding. */
  static List<String> sortedKeys(Map<?, ?> map) {
    List<String> keys = new ArrayList<>();
    for (Object k : map.keySet()) {
      keys.add(String.valueOf(k));
    }
    keys.sort(
        (a, b) ->
            Arrays.compareUnsigned(
                a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
    return keys;
  }

  static void appendQuoted(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '<', '>', '&', '\u2028', '\u2029' -> hex(sb, c);
        default -> {
          if (c < 0x20) {
            hex(sb, c);
          } else if (Character.isSurrogate(c) && !validPair(s, i)) {
            sb.append("\\ufffd"); // Go replaces invalid UTF-8 (here: a lone surrogate)
          } else {
            sb.append(c);
          }
          if (Character.isHighSurrogate(c) && validPair(s, i)) {
            sb.append(s.charAt(++i));
          }
        }
      }
    }
    sb.append('"');
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c)
        && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1));
  }

  private static void hex(StringBuilder sb, char c) {
    sb.append(String.format("\\u%04x", (int) c));
  }
}
