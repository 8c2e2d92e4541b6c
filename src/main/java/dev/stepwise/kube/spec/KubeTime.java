package dev.stepwise.kube.spec;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Parses the timestamps the API server writes ({@code 2006-01-02T15:04:05Z}, with a fraction for
 * MicroTime) as {@link Instant#parse} does, without its formatter ({@link
 * dev.stepwise.domain.IsoTime}). A restart at 10,000 rollouts parses a few hundred thousand of them
 * (conditions, pause starts, ReplicaSet creation times): the formatter cost 3% of the recovery's
 * CPU and was the most expensive method the JIT compiled then (4.7 s, BENCHMARKS.md). Anything else
 * (offsets, leap seconds, odd years, errors) goes to {@link Instant#parse}, so results and
 * exceptions stay the same.
 */
public final class KubeTime {
  private KubeTime() {}

  /** As {@link Instant#parse}: the instant, or a DateTimeParseException. */
  public static Instant parse(CharSequence text) {
    Instant fast = dev.stepwise.domain.IsoTime.parseOrNull(text);
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
}
