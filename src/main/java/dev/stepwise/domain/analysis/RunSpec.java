package dev.stepwise.domain.analysis;

import java.util.List;

/**
 * An AnalysisRun's spec: metrics already flattened from templates, arguments with values (or a
 * Secret source), dryRun and measurementRetention rules (metric-name regexes), ttl and terminate.
 */
public record RunSpec(
    List<MetricSpec> metrics,
    List<ArgSpec> args,
    List<String> dryRun,
    List<Retention> measurementRetention,
    Ttl ttlStrategy,
    boolean terminate) {

  public RunSpec {
    metrics = metrics == null ? List.of() : List.copyOf(metrics);
    args = args == null ? List.of() : List.copyOf(args);
    dryRun = dryRun == null ? List.of() : List.copyOf(dryRun);
    measurementRetention =
        measurementRetention == null ? List.of() : List.copyOf(measurementRetention);
  }

  /** This spec with {@code terminate: true}. */
  public RunSpec terminated() {
    return new RunSpec(metrics, args, dryRun, measurementRetention, ttlStrategy, true);
  }

  /**
   * {@code measurementRetention[]}: keep the last {@code limit} measurements of matching metrics.
   */
  public record Retention(String metricName, int limit) {}

  /** {@code ttlStrategy}: seconds after completion before the run is deleted (null = unset). */
  public record Ttl(
      Integer secondsAfterCompletion, Integer secondsAfterFailure, Integer secondsAfterSuccess) {}
}
