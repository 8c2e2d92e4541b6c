package dev.stepwise.kube.spec;

import java.math.BigDecimal;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go's {@code time.ParseDuration} syntax ("300ms", "1.5h", "1m30s"; no days), and the pause
 * duration rule of Argo's {@code RolloutPause.DurationSeconds}.
 */
public final class GoDuration {
  private static final Pattern COMPONENT =
      Pattern.compile("(\\d*)(?:\\.(\\d*))?(ns|us|µs|μs|ms|s|m|h)");
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
  private static final BigDecimal MAX_NANOS = BigDecimal.valueOf(Long.MAX_VALUE);

  private GoDuration() {}

  /** The duration in nanoseconds, or empty when {@code text} is not a Go duration. */
  public static OptionalLong parseNanos(String text) {
    String s = text;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return OptionalLong.of(0);
    }
    if (s.isEmpty()) {
      return OptionalLong.empty();
    }
    Matcher m = COMPONENT.matcher(s);
    BigDecimal total = BigDecimal.ZERO;
    int at = 0;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at || (m.group(1).isEmpty() && isBlank(m.group(2)))) {
        return OptionalLong.empty();
      }
      BigDecimal number = new BigDecimal(m.group(1) + "." + nullToEmpty(m.group(2)) + "0");
      total = total.add(number.multiply(BigDecimal.valueOf(NANOS.get(m.group(3)))));
      at = m.end();
    }
    if (total.compareTo(MAX_NANOS) > 0) {
      return OptionalLong.empty(); // Go: "invalid duration" on overflow
    }
    long nanos = total.longValue(); // Go drops fractions of a nanosecond
    return OptionalLong.of(negative ? -nanos : nanos);
  }

  /**
   * Seconds of a canary pause, from an int, an int string ("10") or a Go duration string. Unlike
   * upstream, which truncates ("1.5s" → 1, "300ms" → 0, i.e. no pause at all), a fraction of a
   * second is rounded <em>up</em>: a pause never ends earlier than asked. Returns -1 (an invalid
   * spec) when the value is not a duration or not positive.
   */
  public static long pauseSeconds(Object duration) {
    long seconds =
        switch (duration) {
          case String s when s.matches("[+-]?\\d{1,10}") -> Long.parseLong(s);
          case String s -> {
            OptionalLong nanos = parseNanos(s);
            yield nanos.isEmpty() ? -1 : Math.ceilDiv(nanos.getAsLong(), 1_000_000_000L);
          }
          case Number n ->
              GoText.integral(n).map(i -> i.bitLength() > 31 ? -1L : i.longValue()).orElse(-1L);
          default -> -1;
        };
    return seconds > 0 ? seconds : -1;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isEmpty();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
