package dev.stepwise.cli;

import dev.stepwise.kube.spec.GoDuration;
import java.time.Duration;
import java.util.OptionalLong;

/** Durations on the command line in Go's syntax ("30s", "1m30s", "0"), as the plugin takes them. */
final class GoDurations {
  private GoDurations() {}

  /** Parses {@code text} or fails with the message Go's time.ParseDuration gives. */
  static Duration parse(String text) {
    OptionalLong nanos = GoDuration.parseNanos(text == null ? "" : text.trim());
    if (nanos.isEmpty()) {
      throw new CliException("time: invalid duration \"" + text + "\"");
    }
    return Duration.ofNanos(nanos.getAsLong());
  }
}
