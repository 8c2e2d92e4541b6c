package dev.stepwise.domain.analysis;

import static dev.stepwise.domain.analysis.RunDriver.at;
import static dev.stepwise.domain.analysis.RunDriver.metric;
import static dev.stepwise.domain.analysis.RunDriver.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.analysis.RunTransitions.Transition;
import org.junit.jupiter.api.Test;

/** The completion Events of metrics and the run. */
class RunTransitionsTest {

  @Test
  void aFailingMetricAndTheRunEachReportOnce() {
    RunDriver d = new RunDriver().start(spec(metric("a"), metric("b", "interval", "1m")), at(0));
    RunState before = d.state;
    d.observe("a", AnalysisPhase.SUCCESSFUL, at(1));
    assertThat(RunTransitions.between(before, d.state))
        .containsExactly(
            new Transition("MetricSuccessful", "Metric 'a' Completed. Result: Successful", false));

    before = d.state;
    d.observe("b", AnalysisPhase.FAILED, at(2));
    assertThat(RunTransitions.between(before, d.state))
        .containsExactly(
            new Transition("MetricFailed", "Metric 'b' Completed. Result: Failed", true),
            new Transition("AnalysisRunFailed", "Analysis Completed. Result: Failed", true));
    assertThat(RunTransitions.between(d.state, d.state)).isEmpty();
  }

  @Test
  void measuringAnUnstartedRunIsAnErrorNotACrash() {
    RunEngine.MeasurementInput in = RunEngine.prepare(RunState.empty(), "m", (n, k) -> "");
    assertThat(in.error()).isEqualTo("the run has not started");
    assertThat(
            RunEngine.record(
                RunState.empty(),
                in,
                at(0),
                Observation.error("x", null),
                RunDriver.ASSESSOR,
                at(0)))
        .isEmpty();
  }
}
