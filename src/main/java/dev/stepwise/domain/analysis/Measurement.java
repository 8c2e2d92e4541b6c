package dev.stepwise.domain.analysis;

import java.time.Instant;
import java.util.Map;

/**
 * One measurement of a metric ({@code status.metricResults[].measurements[]}). In flight while
 * {@code finishedAt} is null.
 */
public record Measurement(
    AnalysisPhase phase,
    String message,
    Instant startedAt,
    Instant finishedAt,
    String value,
    Map<String, String> metadata,
    Instant resumeAt) {

  public Measurement {
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }

  public boolean inFlight() {
    return finishedAt == null;
  }
}
