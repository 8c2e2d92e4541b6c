package dev.stepwise.kube.spec;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Parses the timestamps the API server writes ({@code 2006-01-02T15:04:05Z}, with a fraction for
 * MicroTime) as {@link Instant#parse} does, without its formatter. A restart at 10,000 rollouts
 * parses a few hundred thousand of them (conditions, pause starts, ReplicaSet creation times): the
 * formatter cost 3% of the recovery's CPU and was the most expensive method the JIT compiled then
 * (4.7 s, BENCHMARKS.md). Anything else (offsets, leap seconds, odd years, errors) goes to {@link
 * Instant#parse}, so results and exceptions stay the same.
 */
public final class KubeTime {
  private KubeTime() {}

  /** As {@link Instant#parse}: the instant, or a DateTimeParseException. */
  public static Instant parse(CharSequence text) {
    Instant fast = fast(text);
    return fast != null ? fast : Instant.parse(text);
  }

  /** A timestamp field as read leniently: the instant of a String, null for anything else. */
  public static Instant orNull(Object value) {
    if (!(value instanceof String s)) {
      return null;
    }
    try {
      return parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The instant of {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} with fields in range, else null. */
  private static Instant fast(CharSequence s) {
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
}
