package dev.stepwise.domain.analysis;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go's {@code time.ParseDuration} for metric intervals and delays ("30s", "1m30s", "1.5h"). */
final class Durations {
  private static final Pattern PART = Pattern.compile("(\\d*)(?:\\.(\\d*))?(ns|us|µs|μs|ms|s|m|h)");
  private static final Map<String, Long> NANOS =
      Map.of(
          "ns", 1L,
          "us", 1_000L,
          "µs", 1_000L,
          "μs", 1_000L,
          "ms", 1_000_000L,
          "s", 1_000_000_000L,
          "m", 60_000_000_000L,
          "h", 3_600_000_000_000L);

  private Durations() {}

  /** The duration, or an exception whose message is Go's: {@code time: invalid duration "x"}. */
  static Duration parse(String text) {
    String s = text;
    boolean negative = !s.isEmpty() && s.charAt(0) == '-';
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = PART.matcher(s);
    BigDecimal total = BigDecimal.ZERO;
    int at = 0;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at || (m.group(1).isEmpty() && blank(m.group(2)))) {
        throw invalid(text);
      }
      String frac = m.group(2) == null ? "" : m.group(2);
      BigDecimal n = new BigDecimal(m.group(1) + "." + frac + "0");
      total = total.add(n.multiply(BigDecimal.valueOf(NANOS.get(m.group(3)))));
      at = m.end();
    }
    if (s.isEmpty() || total.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw invalid(text);
    }
    long nanos = total.longValue();
    return Duration.ofNanos(negative ? -nanos : nanos);
  }

  /** Parses, or null for null/blank. */
  static Duration parseOrNull(String text) {
    return text == null || text.isEmpty() ? null : parse(text);
  }

  private static boolean blank(String s) {
    return s == null || s.isEmpty();
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException("time: invalid duration \"" + text + "\"");
  }
}
