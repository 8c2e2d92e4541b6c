package dev.stepwise.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The UTC timestamps of Kubernetes objects and of the journal ({@code 2006-01-02T15:04:05Z}, with a
 * fraction of up to nine digits), read and written as {@link Instant#parse} and {@link
 * Instant#toString()} do, without their {@code DateTimeFormatter}. A restart at 10,000 rollouts
 * parses a few hundred thousand of them (the API server's, and every event's in the journal); the
 * formatter was 3-4% of the restart's CPU and among the most expensive methods the JIT compiled
 * (BENCHMARKS.md).
 */
public final class IsoTime {
  // 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: four-digit years, no sign
  private static final long MIN_SECONDS = -62_167_219_200L;
  private static final long MAX_SECONDS = 253_402_300_799L;

  private IsoTime() {}

  /**
   * The instant of {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} with fields in range, else null, for the
   * caller to hand the text to {@link Instant#parse} (offsets, leap seconds, odd years, errors).
   */
  public static Instant parseOrNull(CharSequence s) {
    int n = s.length();
    if (n < 20 || n > 30 || s.charAt(n - 1) != 'Z') {
      return null;
    }
    if (s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T') {
      return null;
    }
    if (s.charAt(13) != ':' || s.charAt(16) != ':') {
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
      int fraction = n - 21; // between '.' and 'Z'
      if (s.charAt(19) != '.' || fraction < 1) {
        return null;
      }
      nanos = digits(s, 20, fraction);
      if (nanos < 0) {
        return null;
      }
      for (int i = fraction; i < 9; i++) {
        nanos *= 10;
      }
    } else if (s.charAt(19) != 'Z') {
      return null;
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return null; // e.g. February 30: Instant.parse reports it
    }
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
  }

  /** The decimal value of {@code len} ASCII digits at {@code from}, or -1. */
  private static int digits(CharSequence s, int from, int len) {
    int v = 0;
    for (int i = from; i < from + len; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** {@link Instant#toString()} of {@code t}, for years 0 to 9999; the JDK's beyond them. */
  public static String format(Instant t) {
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

  private static StringBuilder pad(StringBuilder b, int v, int width) {
    String digits = Integer.toString(v);
    for (int i = digits.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(digits);
  }
}
