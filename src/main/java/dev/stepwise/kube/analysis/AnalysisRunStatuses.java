package dev.stepwise.kube.analysis;

import dev.stepwise.api.analysis.AnalysisRunStatus;
import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.Measurement;
import dev.stepwise.domain.analysis.MetricResult;
import dev.stepwise.domain.analysis.RunState;
import dev.stepwise.domain.analysis.RunSummary;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The AnalysisRun {@code status} object projected from a run's state. */
public final class AnalysisRunStatuses {
  private AnalysisRunStatuses() {}

  public static AnalysisRunStatus status(RunState s) {
    AnalysisRunStatus out = new AnalysisRunStatus();
    out.setPhase(s.phase().wire());
    out.setMessage(blankToNull(s.message()));
    out.setStartedAt(time(s.startedAt()));
    out.setCompletedAt(time(s.completedAt()));
    if (s.started()) {
      out.setRunSummary(summary(s.runSummary()));
      out.setDryRunSummary(s.dryRunSummary() == null ? null : summary(s.dryRunSummary()));
    }
    List<dev.stepwise.api.analysis.MetricResult> results =
        s.results().stream().map(AnalysisRunStatuses::result).toList();
    out.setMetricResults(results.isEmpty() ? null : results);
    return out;
  }

  static dev.stepwise.api.analysis.MetricResult result(MetricResult r) {
    var out = new dev.stepwise.api.analysis.MetricResult();
    out.setName(r.name());
    out.setPhase(r.phase().wire());
    out.setMessage(blankToNull(r.message()));
    out.setCount(r.count());
    out.setSuccessful(r.successful());
    out.setFailed(r.failed());
    out.setInconclusive(r.inconclusive());
    out.setError(r.error());
    out.setConsecutiveError(r.consecutiveError());
    out.setConsecutiveSuccess(r.consecutiveSuccess());
    out.setDryRun(r.dryRun() ? Boolean.TRUE : null);
    out.setMeasurements(r.measurements().stream().map(AnalysisRunStatuses::measurement).toList());
    return out;
  }

  static dev.stepwise.api.analysis.Measurement measurement(Measurement m) {
    var out = new dev.stepwise.api.analysis.Measurement();
    out.setPhase(m.phase().wire());
    out.setMessage(blankToNull(m.message()));
    out.setStartedAt(time(m.startedAt()));
    out.setFinishedAt(time(m.finishedAt()));
    out.setValue(m.value());
    out.setMetadata(m.metadata().isEmpty() ? null : m.metadata());
    out.setResumeAt(m.phase() == AnalysisPhase.RUNNING ? time(m.resumeAt()) : null);
    return out;
  }

  private static dev.stepwise.api.analysis.RunSummary summary(RunSummary s) {
    var out = new dev.stepwise.api.analysis.RunSummary();
    out.setCount(s.count());
    out.setSuccessful(s.successful());
    out.setFailed(s.failed());
    out.setInconclusive(s.inconclusive());
    out.setError(s.error());
    return out;
  }

  /** RFC 3339 at whole seconds, as Kubernetes writes {@code metav1.Time}. */
  static String time(Instant t) {
    return t == null
        ? null
        : DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
