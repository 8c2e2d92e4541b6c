package dev.stepwise.entity;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads and writes the text {@link Instant#toString()} gives ({@code 2026-11-28T09:25:01.123Z}),
 * the form the journal's events and snapshots hold their times in, without a {@code
 * DateTimeFormatter}. Replaying a journal parses every event's times: through the formatter that
 * was 3.7% of a 10,000-rollout restart's CPU samples, and the largest single JIT compilation of it
 * (BENCHMARKS.md). The text is unchanged, so journals stay readable both ways.
 */
final class IsoInstants {
  // 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: four-digit years, no sign
  private static final long MIN_SECONDS = -62_167_219_200L;
  private static final long MAX_SECONDS = 253_402_300_799L;

  private IsoInstants() {}

  /**
   * The instant of {@code s} if it is exactly {@code uuuu-MM-ddTHH:mm:ss[.f{1,9}]Z}, else null, for
   * the caller to hand the text to the general parser (offsets, leap seconds, bad input).
   */
  static Instant parse(String s) {
    int n = s.length();
    if (n < 20
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':'
        || s.charAt(n - 1) != 'Z') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if ((year | month | day | hour | minute | second) < 0
        || hour > 23
        || minute > 59
        || second > 59) {
      return null;
    }
    int nanos = 0;
    if (n > 20) {
      int fraction = n - 21; // between the '.' and the 'Z'
      if (s.charAt(19) != '.' || fraction < 1 || fraction > 9) {
        return null;
      }
      nanos = digits(s, 20, fraction);
      if (nanos < 0) {
        return null;
      }
      for (int i = fraction; i < 9; i++) {
        nanos *= 10;
      }
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return null;
    }
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
  }

  /** {@link Instant#toString()} of {@code t}, for years 0 to 9999; the JDK's beyond them. */
  static String format(Instant t) {
    long seconds = t.getEpochSecond();
    if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
      return t.toString();
    }
    long day = Math.floorDiv(seconds, 86_400);
    int secondOfDay = (int) Math.floorMod(seconds, 86_400);
    LocalDate date = LocalDate.ofEpochDay(day);
    StringBuilder b = new StringBuilder(30);
    pad(b, date.getYear(), 4).append('-');
    pad(b, date.getMonthValue(), 2).append('-');
    pad(b, date.getDayOfMonth(), 2).append('T');
    pad(b, secondOfDay / 3_600, 2).append(':');
    pad(b, secondOfDay / 60 % 60, 2).append(':');
    pad(b, secondOfDay % 60, 2);
    int nanos = t.getNano();
    // as ISO_INSTANT: no fraction, or three, six or nine digits, whichever shows it whole
    if (nanos != 0) {
      b.append('.');
      if (nanos % 1_000_000 == 0) {
        pad(b, nanos / 1_000_000, 3);
      } else if (nanos % 1_000 == 0) {
        pad(b, nanos / 1_000, 6);
      } else {
        pad(b, nanos, 9);
      }
    }
    return b.append('Z').toString();
  }

  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static StringBuilder pad(StringBuilder b, int v, int width) {
    String digits = Integer.toString(v);
    for (int i = digits.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(digits);
  }
}
