package dev.stepwise.domain.analysis;

/**
 * Phase of a measurement, a metric result or an AnalysisRun, with upstream's wire names. The
 * declaration order is not the severity order: use {@link #severity()} for "worst phase".
 */
public enum AnalysisPhase {
  PENDING("Pending", 2),
  RUNNING("Running", 1),
  SUCCESSFUL("Successful", 0),
  FAILED("Failed", 5),
  ERROR("Error", 4),
  INCONCLUSIVE("Inconclusive", 3);

  private final String wire;
  private final int severity;

  AnalysisPhase(String wire, int severity) {
    this.wire = wire;
    this.severity = severity;
  }

  /** The name upstream writes in status (e.g. "Successful"). */
  public String wire() {
    return wire;
  }

  /**
   * Upstream's worst-phase order, best → worst: Successful, Running, Pending, Inconclusive, Error,
   * Failed.
   */
  public int severity() {
    return severity;
  }

  /** Successful, Failed, Error and Inconclusive are completed phases. */
  public boolean completed() {
    return this == SUCCESSFUL || this == FAILED || this == ERROR || this == INCONCLUSIVE;
  }

  /** The phase with this wire name, or null. */
  public static AnalysisPhase fromWire(String s) {
    for (AnalysisPhase p : values()) {
      if (p.wire.equals(s)) {
        return p;
      }
    }
    return null;
  }
}
