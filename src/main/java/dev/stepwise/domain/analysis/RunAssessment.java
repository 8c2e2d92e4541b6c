package dev.stepwise.domain.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Metric phases, the run phase, its message and summaries (upstream §2.3 steps 5–6). */
final class RunAssessment {
  private RunAssessment() {}

  static RunState assess(RunState s, Instant at) {
    if (s.completed() || s.prepared() == null || s.prepared().error() != null) {
      return s;
    }
    boolean terminating = s.terminating();
    RunState next = once(s, terminating, at);
    if (!terminating && next.terminating() && !next.completed()) {
      // a metric just failed: upstream stops the others on its next reconcile, at once
      next = once(next, true, at);
    }
    return next;
  }

  private static RunState once(RunState s, boolean terminating, Instant at) {
    List<MetricResult> results = new ArrayList<>(s.results());
    AnalysisPhase worst = null;
    String worstMessage = s.spec().terminate() ? "Run Terminated" : null;
    boolean everythingCompleted = true;
    boolean inFlight = false;
    RunSummary run = RunSummary.EMPTY;
    RunSummary dry = RunSummary.EMPTY;
    boolean anyDry = false;
    for (MetricSpec metric : s.prepared().metrics()) {
      boolean isDry = s.prepared().dryRun().contains(metric.name());
      anyDry |= isDry;
      MetricResult r = s.result(metric.name());
      if (r == null) {
        everythingCompleted = false; // not measured yet (e.g. initialDelay)
        run = isDry ? run : run.plus(null);
        dry = isDry ? dry.plus(null) : dry;
        continue;
      }
      AnalysisPhase p = MetricAssessment.phase(metric, r, terminating);
      MetricAssessment.Verdict verdict =
          p.completed() ? MetricAssessment.limitBreached(metric, r) : null;
      if (p != r.phase()) {
        String lastMessage = r.last() == null ? null : r.last().message();
        String msg = lastMessage;
        if (isDry && verdict != null) {
          // dryRun metrics never fail the run: the verdict is only reported on the metric
          msg = withError("Metric assessed " + p.wire() + " due to " + verdict.reason(), msg);
        }
        r = r.withPhase(p, msg);
        results.set(results.indexOf(s.result(metric.name())), r);
      }
      inFlight |= r.last() != null && r.last().inFlight();
      if (!p.completed()) {
        everythingCompleted = false;
      } else if (!isDry && (worst == null || p.severity() > worst.severity())) {
        worst = p;
        if (verdict != null) {
          worstMessage =
              withError(
                  "Metric \""
                      + metric.name()
                      + "\" assessed "
                      + p.wire()
                      + " due to "
                      + verdict.reason(),
                  r.message());
        }
      }
      run = isDry ? run : run.plus(p.completed() ? p : null);
      dry = isDry ? dry.plus(p.completed() ? p : null) : dry;
    }
    AnalysisPhase phase;
    String message;
    if (terminating && !inFlight) {
      phase = worst == null ? AnalysisPhase.SUCCESSFUL : worst;
      message = worstMessage;
    } else if (!everythingCompleted) {
      phase = AnalysisPhase.RUNNING;
      message = null;
    } else {
      // all metrics done; only dryRun ones (worst == null) cannot fail the run
      phase = worst == null ? AnalysisPhase.SUCCESSFUL : worst;
      message = worstMessage;
    }
    return s.withOutcome(results, phase, message, run, anyDry ? dry : null, at);
  }

  private static String withError(String message, String error) {
    return error == null || error.isEmpty()
        ? message
        : message + ": \"Error Message: " + error + "\"";
  }
}
