package dev.stepwise.domain.expr;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/** Go's time.ParseDuration and Duration.String, which expr's {@code duration()} exposes. */
final class Durations {
  private static final Map<String, Long> UNITS =
      Map.of(
          "ns",
          1L,
          "us",
          1_000L,
          "\u00b5s",
          1_000L,
          "\u03bcs",
          1_000L,
          "ms",
          1_000_000L,
          "s",
          1_000_000_000L,
          "m",
          60_000_000_000L,
          "h",
          3_600_000_000_000L);

  private Durations() {}

  static Duration parse(String s) {
    String quoted = GoFormat.quote(s);
    String rest = s;
    boolean neg = false;
    if (!rest.isEmpty() && (rest.charAt(0) == '-' || rest.charAt(0) == '+')) {
      neg = rest.charAt(0) == '-';
      rest = rest.substring(1);
    }
    if (rest.equals("0")) {
      return Duration.ZERO;
    }
    if (rest.isEmpty()) {
      throw new ExprException("time: invalid duration " + quoted);
    }
    BigDecimal total = BigDecimal.ZERO;
    int i = 0;
    while (i < rest.length()) {
      int start = i;
      while (i < rest.length() && (Character.isDigit(rest.charAt(i)) || rest.charAt(i) == '.')) {
        i++;
      }
      String num = rest.substring(start, i);
      if (num.isEmpty() || num.equals(".") || num.indexOf('.') != num.lastIndexOf('.')) {
        throw new ExprException("time: invalid duration " + quoted);
      }
      int u = i;
      while (i < rest.length() && !(Character.isDigit(rest.charAt(i)) || rest.charAt(i) == '.')) {
        i++;
      }
      String unit = rest.substring(u, i);
      if (unit.isEmpty()) {
        throw new ExprException("time: missing unit in duration " + quoted);
      }
      Long nanos = UNITS.get(unit);
      if (nanos == null) {
        throw new ExprException(
            "time: unknown unit " + GoFormat.quote(unit) + " in duration " + quoted);
      }
      total = total.add(new BigDecimal(num).multiply(BigDecimal.valueOf(nanos)));
    }
    if (total.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new ExprException("time: invalid duration " + quoted);
    }
    long n = total.longValue();
    return Duration.ofNanos(neg ? -n : n);
  }

  /** Go's Duration.String: "1h30m0s", "1.5s", "250ms", "0s". */
  static String format(Duration d) {
    long n;
    try {
      n = d.toNanos();
    } catch (ArithmeticException e) {
      return d.toString();
    }
    if (n == 0) {
      return "0s";
    }
    String sign = n < 0 ? "-" : "";
    long u = Math.abs(n);
    if (u < 1_000_000_000L) {
      if (u < 1_000L) {
        return sign + u + "ns";
      }
      if (u < 1_000_000L) {
        return sign + frac(u, 1_000L) + "\u00b5s";
      }
      return sign + frac(u, 1_000_000L) + "ms";
    }
    long h = u / 3_600_000_000_000L;
    long m = (u / 60_000_000_000L) % 60;
    String s = frac(u % 60_000_000_000L, 1_000_000_000L) + "s";
    if (h > 0) {
      return sign + h + "h" + m + "m" + s;
    }
    if (m > 0) {
      return sign + m + "m" + s;
    }
    return sign + s;
  }

  private static String frac(long v, long unit) {
    return BigDecimal.valueOf(v)
        .divide(BigDecimal.valueOf(unit))
        .stripTrailingZeros()
        .toPlainString();
  }
}
