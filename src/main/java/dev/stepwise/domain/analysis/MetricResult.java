package dev.stepwise.domain.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of one metric so far ({@code status.metricResults[]}): phase, counters and the kept
 * measurements (oldest first).
 */
public record MetricResult(
    String name,
    AnalysisPhase phase,
    String message,
    int count,
    int successful,
    int failed,
    int inconclusive,
    int error,
    int consecutiveError,
    int consecutiveSuccess,
    boolean dryRun,
    List<Measurement> measurements) {

  public MetricResult {
    measurements = measurements == null ? List.of() : List.copyOf(measurements);
  }

  /** A result before its first measurement (upstream creates it Running). */
  static MetricResult start(String name, boolean dryRun) {
    return new MetricResult(name, AnalysisPhase.RUNNING, null, 0, 0, 0, 0, 0, 0, 0, dryRun, null);
  }

  /** The newest measurement, or null. */
  public Measurement last() {
    return measurements.isEmpty() ? null : measurements.get(measurements.size() - 1);
  }

  /**
   * This result with {@code m} recorded (§2.3 step 4): it replaces an in-flight last measurement or
   * is appended; a completed one moves the counters; then only the newest {@code keep} are kept.
   */
  MetricResult record(Measurement m, int keep) {
    List<Measurement> ms = new ArrayList<>(measurements);
    Measurement last = last();
    if (last != null && last.inFlight()) {
      ms.set(ms.size() - 1, m);
    } else {
      ms.add(m);
    }
    if (ms.size() > keep) {
      ms = ms.subList(ms.size() - keep, ms.size());
    }
    int c = count;
    int s = successful;
    int f = failed;
    int i = inconclusive;
    int e = error;
    int ce = consecutiveError;
    int cs = consecutiveSuccess;
    switch (m.phase()) {
      case SUCCESSFUL -> {
        s++;
        c++;
        ce = 0;
        cs++;
      }
      case FAILED -> {
        f++;
        c++;
        ce = 0;
        cs = 0;
      }
      case INCONCLUSIVE -> {
        i++;
        c++;
        ce = 0;
        cs = 0;
      }
      case ERROR -> {
        e++; // errors do not count towards count
        ce++;
        cs = 0;
      }
      case PENDING, RUNNING -> {}
    }
    return new MetricResult(name, phase, message, c, s, f, i, e, ce, cs, dryRun, ms);
  }

  MetricResult withPhase(AnalysisPhase p, String msg) {
    return new MetricResult(
        name,
        p,
        msg,
        count,
        successful,
        failed,
        inconclusive,
        error,
        consecutiveError,
        consecutiveSuccess,
        dryRun,
        measurements);
  }
}
