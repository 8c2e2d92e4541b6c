package dev.stepwise.domain.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The Kubernetes Events upstream records when a metric or the run completes: reason {@code
 * Metric<Phase>} / {@code AnalysisRun<Phase>}, type Warning unless Successful.
 */
public final class RunTransitions {
  private RunTransitions() {}

  /** One Event to record. */
  public record Transition(String reason, String message, boolean warning) {}

  /** The Events for going from {@code before} to {@code after} (metrics first, then the run). */
  public static List<Transition> between(RunState before, RunState after) {
    List<Transition> out = new ArrayList<>();
    for (MetricResult r : after.results()) {
      MetricResult was = before.result(r.name());
      boolean wasCompleted = was != null && was.phase().completed();
      if (r.phase().completed() && !wasCompleted) {
        out.add(
            new Transition(
                "Metric" + r.phase().wire(),
                "Metric '" + r.name() + "' Completed. Result: " + r.phase().wire(),
                r.phase() != AnalysisPhase.SUCCESSFUL));
      }
    }
    if (after.completed() && !before.completed()) {
      out.add(
          new Transition(
              "AnalysisRun" + after.phase().wire(),
              "Analysis Completed. Result: " + after.phase().wire(),
              after.phase() != AnalysisPhase.SUCCESSFUL));
    }
    return out;
  }
}
