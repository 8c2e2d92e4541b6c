package dev.stepwise.domain.analysis;

import static dev.stepwise.domain.analysis.AnalysisPhase.ERROR;
import static dev.stepwise.domain.analysis.AnalysisPhase.FAILED;
import static dev.stepwise.domain.analysis.AnalysisPhase.INCONCLUSIVE;
import static dev.stepwise.domain.analysis.AnalysisPhase.RUNNING;
import static dev.stepwise.domain.analysis.AnalysisPhase.SUCCESSFUL;
import static dev.stepwise.domain.analysis.RunDriver.at;
import static dev.stepwise.domain.analysis.RunDriver.metric;
import static dev.stepwise.domain.analysis.RunDriver.spec;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** When measurements are due (§2.3 step 3), terminate, ttl, and a restart by replay. */
class RunTimingTest {

  @Test
  void initialDelayThenIntervalUntilCount() {
    RunDriver d =
        new RunDriver()
            .start(spec(metric("m", "initialDelay", "30s", "interval", "1m", "count", "2")), at(0));
    assertThat(d.due(at(29))).isEmpty();
    assertThat(RunTasks.nextWakeup(d.state)).isEqualTo(at(30));
    assertThat(d.due(at(30))).containsExactly("m:START");

    d.observe("m", SUCCESSFUL, at(31));
    assertThat(d.due(at(90))).isEmpty();
    assertThat(RunTasks.nextWakeup(d.state)).isEqualTo(at(91));
    assertThat(d.due(at(91))).containsExactly("m:START");

    d.observe("m", SUCCESSFUL, at(91));
    assertThat(d.state.phase()).isEqualTo(SUCCESSFUL);
    assertThat(d.due(at(1000))).isEmpty();
    assertThat(RunTasks.nextWakeup(d.state)).isNull();
  }

  @Test
  void afterAnErrorTheNextTryIsTenSecondsLaterWhateverTheInterval() {
    RunDriver d = new RunDriver().start(spec(metric("m", "interval", "5m")), at(0));
    d.observe("m", Observation.error("boom", Map.of()), at(0));
    assertThat(d.due(at(9))).isEmpty();
    assertThat(d.due(at(10))).containsExactly("m:START");
    d.observe("m", SUCCESSFUL, at(10));
    assertThat(RunTasks.nextWakeup(d.state)).isEqualTo(at(310));
  }

  @Test
  void aSingleMeasurementMetricRetriesErrorsButNotResults() {
    RunDriver d = new RunDriver().start(spec(metric("m")), at(0));
    d.observe("m", Observation.error("boom", Map.of()), at(0));
    assertThat(d.due(at(10))).containsExactly("m:START");
    d.observe("m", SUCCESSFUL, at(10));
    assertThat(d.state.phase()).isEqualTo(SUCCESSFUL);
  }

  @Test
  void anInFlightMeasurementIsResumedAtResumeAtAndKeepsItsStart() {
    RunDriver d = new RunDriver().start(spec(metric("job")), at(0));
    d.observe("job", Observation.running(Map.of("job-name", "j1"), at(20)), at(1));
    assertThat(d.state.result("job").phase()).isEqualTo(RUNNING);
    assertThat(d.due(at(19))).isEmpty();
    assertThat(RunTasks.nextWakeup(d.state)).isEqualTo(at(20));
    assertThat(d.due(at(20))).containsExactly("job:RESUME");

    d.observe("job", Observation.decided(SUCCESSFUL, null, Map.of("job-name", "j1"), null), at(25));
    Measurement m = d.state.result("job").last();
    assertThat(d.state.result("job").measurements()).hasSize(1);
    assertThat(m.startedAt()).isEqualTo(at(1));
    assertThat(m.finishedAt()).isEqualTo(at(25));
    assertThat(d.state.phase()).isEqualTo(SUCCESSFUL);
  }

  @Test
  void terminateBeforeAnyMeasurementIsSuccessfulRunTerminated() {
    RunDriver d =
        new RunDriver().start(spec(metric("m", "initialDelay", "1h", "interval", "1m")), at(0));
    d.terminate(at(5));
    assertThat(d.state.phase()).isEqualTo(SUCCESSFUL);
    assertThat(d.state.message()).isEqualTo("Run Terminated");
    assertThat(d.state.completedAt()).isEqualTo(at(5));
    assertThat(RunEngine.terminate(d.state, at(6))).isEmpty();
  }

  @Test
  void terminateEndsAnEndlessBackgroundMetricSuccessfully() {
    RunDriver d = new RunDriver().start(spec(metric("m", "interval", "1m")), at(0));
    d.observe("m", SUCCESSFUL, at(0)).observe("m", FAILED, at(60));
    assertThat(d.state.phase()).isEqualTo(FAILED);

    RunDriver ok = new RunDriver().start(spec(metric("m", "interval", "1m")), at(0));
    ok.observe("m", SUCCESSFUL, at(0)).terminate(at(30));
    assertThat(ok.state.phase()).isEqualTo(SUCCESSFUL);
    assertThat(ok.state.result("m").phase()).isEqualTo(SUCCESSFUL);
    assertThat(ok.state.message()).isEqualTo("Run Terminated");
  }

  @Test
  void terminateStopsAnInFlightMeasurementBeforeTheRunCompletes() {
    RunDriver d = new RunDriver().start(spec(metric("job")), at(0));
    d.observe("job", Observation.running(Map.of(), at(600)), at(1)).terminate(at(5));
    assertThat(d.state.phase()).isEqualTo(RUNNING);
    assertThat(d.due(at(5))).containsExactly("job:TERMINATE");

    // a provider that cannot stop it answers "still running": the engine ends it anyway
    d.observe("job", Observation.running(Map.of(), at(600)), at(6));
    assertThat(d.state.result("job").last().message()).isEqualTo("Metric Terminated");
    assertThat(d.state.phase()).isEqualTo(SUCCESSFUL);
    assertThat(d.state.message()).isEqualTo("Run Terminated");
  }

  static Stream<Arguments> ttl() {
    RunSpec.Ttl all = new RunSpec.Ttl(100, 20, 10);
    RunSpec.Ttl completionOnly = new RunSpec.Ttl(100, null, null);
    return Stream.of(
        Arguments.of(all, SUCCESSFUL, 10L),
        Arguments.of(all, FAILED, 20L),
        Arguments.of(all, INCONCLUSIVE, 100L),
        Arguments.of(all, ERROR, 100L),
        Arguments.of(completionOnly, SUCCESSFUL, 100L),
        Arguments.of(new RunSpec.Ttl(null, 20, null), SUCCESSFUL, null),
        Arguments.of(null, FAILED, null));
  }

  @ParameterizedTest(name = "{0} {1} → +{2}s")
  @MethodSource("ttl")
  void ttlStrategyCountsFromCompletion(RunSpec.Ttl ttl, AnalysisPhase result, Long seconds) {
    RunSpec s = new RunSpec(java.util.List.of(metric("m")), null, null, null, ttl, false);
    RunDriver d = new RunDriver().start(s, at(0));
    if (result == ERROR) {
      for (int i = 0; i < 5; i++) {
        d.observe("m", Observation.error("x", Map.of()), at(10L * i + 50));
      }
    } else {
      d.observe("m", result, at(90));
    }
    assertThat(d.state.phase()).isEqualTo(result);
    assertThat(RunTasks.deleteAt(d.state))
        .isEqualTo(seconds == null ? null : d.state.completedAt().plusSeconds(seconds));
  }

  @Test
  void aRestartReplaysTheJournalAndResumesAtTheNextDueMeasurement() {
    RunSpec s =
        new RunSpec(
            java.util.List.of(metric("m", "interval", "1m", "count", "5", "failureLimit", "2")),
            java.util.List.of(ArgSpec.of("svc", "web")),
            null,
            null,
            null,
            false);
    RunDriver d = new RunDriver().start(s, at(0));
    d.observe("m", SUCCESSFUL, at(0))
        .observe("m", FAILED, at(60))
        .observe("m", SUCCESSFUL, at(120));

    RunState restarted = RunState.replay(d.events);
    assertThat(restarted).isEqualTo(d.state);
    assertThat(restarted.result("m").count()).isEqualTo(3);
    assertThat(RunTasks.nextWakeup(restarted)).isEqualTo(at(180));
    assertThat(RunTasks.due(restarted, at(150))).isEmpty();
    assertThat(RunTasks.due(restarted, at(180))).hasSize(1);
  }
}
