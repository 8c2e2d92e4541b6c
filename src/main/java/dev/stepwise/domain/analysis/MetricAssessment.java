package dev.stepwise.domain.analysis;

/** A metric's phase from its counters (upstream §2.3 step 5, in order). */
public final class MetricAssessment {
  private MetricAssessment() {}

  /** The phase a limit puts the metric in, with the reason upstream writes in messages. */
  public record Verdict(AnalysisPhase phase, String reason) {}

  /** The metric's phase now; {@code terminating} when the run is being stopped. */
  public static AnalysisPhase phase(MetricSpec metric, MetricResult result, boolean terminating) {
    Measurement last = result == null ? null : result.last();
    if (last == null) {
      return terminating ? AnalysisPhase.SUCCESSFUL : AnalysisPhase.PENDING;
    }
    if (!last.phase().completed()) {
      return AnalysisPhase.RUNNING;
    }
    Verdict limit = limitBreached(metric, result);
    if (limit != null) {
      return limit.phase();
    }
    int csl = metric.consecutiveSuccessLimitValue();
    if (csl > 0 && result.consecutiveSuccess() >= csl) {
      return AnalysisPhase.SUCCESSFUL;
    }
    Integer effective = metric.effectiveCount();
    if (effective != null && result.count() >= effective) {
      if (csl > 0) {
        // the count ran out before enough consecutive successes
        return metric.failureLimitValue() < 0 ? AnalysisPhase.FAILED : AnalysisPhase.INCONCLUSIVE;
      }
      return AnalysisPhase.SUCCESSFUL;
    }
    return terminating ? AnalysisPhase.SUCCESSFUL : AnalysisPhase.RUNNING;
  }

  /**
   * Failed, Inconclusive or Error by the limits, checked in that order with later ones overriding
   * (upstream), or null when no limit is exceeded.
   */
  public static Verdict limitBreached(MetricSpec metric, MetricResult result) {
    Verdict v = null;
    int failureLimit = metric.failureLimitValue();
    if (failureLimit >= 0 && result.failed() > failureLimit) {
      v =
          new Verdict(
              AnalysisPhase.FAILED,
              "failed (" + result.failed() + ") > failureLimit (" + failureLimit + ")");
    }
    int inconclusiveLimit = metric.inconclusiveLimitValue();
    if (result.inconclusive() > inconclusiveLimit) {
      v =
          new Verdict(
              AnalysisPhase.INCONCLUSIVE,
              "inconclusive ("
                  + result.inconclusive()
                  + ") > inconclusiveLimit ("
                  + inconclusiveLimit
                  + ")");
    }
    int errorLimit = metric.consecutiveErrorLimitValue();
    if (result.consecutiveError() > errorLimit) {
      v =
          new Verdict(
              AnalysisPhase.ERROR,
              "consecutiveErrors ("
                  + result.consecutiveError()
                  + ") > consecutiveErrorLimit ("
                  + errorLimit
                  + ")");
    }
    return v;
  }
}
