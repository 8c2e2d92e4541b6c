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

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counters, metric and run phases and messages of a run driven through its events. */
class RunEngineTest {

  @Test
  void countersFollowEachMeasurementPhaseAndErrorsDoNotCount() {
    RunDriver d =
        new RunDriver()
            .start(spec(metric("m", "interval", "1m", "failureLimit", "-1")), at(0))
            .observe("m", SUCCESSFUL, at(0))
            .observe("m", SUCCESSFUL, at(60));
    MetricResult r = d.state.result("m");
    assertThat(List.of(r.count(), r.successful(), r.consecutiveSuccess())).containsExactly(2, 2, 2);

    d.observe("m", Observation.error("connection refused", Map.of()), at(120));
    r = d.state.result("m");
    assertThat(List.of(r.count(), r.error(), r.consecutiveError(), r.consecutiveSuccess()))
        .containsExactly(2, 1, 1, 0);

    d.observe("m", FAILED, at(130));
    r = d.state.result("m");
    assertThat(List.of(r.count(), r.failed(), r.consecutiveError(), r.consecutiveSuccess()))
        .containsExactly(3, 1, 0, 0);

    d.observe("m", INCONCLUSIVE, at(190));
    r = d.state.result("m");
    assertThat(List.of(r.count(), r.inconclusive())).containsExactly(4, 1);
    assertThat(r.measurements())
        .extracting(Measurement::phase)
        .containsExactly(SUCCESSFUL, SUCCESSFUL, ERROR, FAILED, INCONCLUSIVE);
    assertThat(r.measurements().get(2).message()).isEqualTo("connection refused");
  }

  @Test
  void aFailedMetricFailsTheRunWithUpstreamsMessage() {
    RunDriver d =
        new RunDriver()
            .start(spec(metric("success-rate", "interval", "1m", "failureLimit", "1")), at(0))
            .observe("success-rate", FAILED, at(0));
    assertThat(d.state.phase()).isEqualTo(RUNNING);

    d.observe("success-rate", FAILED, at(60));
    assertThat(d.state.phase()).isEqualTo(FAILED);
    assertThat(d.state.message())
        .isEqualTo("Metric \"success-rate\" assessed Failed due to failed (2) > failureLimit (1)");
    assertThat(d.state.completedAt()).isEqualTo(at(60));
    assertThat(d.state.runSummary()).isEqualTo(new RunSummary(1, 0, 1, 0, 0));
    assertThat(d.due(at(3600))).isEmpty();
  }

  @Test
  void consecutiveErrorsErrorTheRunAndQuoteTheLastMessage() {
    RunDriver d = new RunDriver().start(spec(metric("m", "interval", "1m")), at(0));
    for (int i = 0; i < 5; i++) {
      assertThat(d.state.phase()).isEqualTo(RUNNING);
      d.observe("m", Observation.error("Post \"http://prom\": timeout", Map.of()), at(i * 10L));
    }
    assertThat(d.state.phase()).isEqualTo(ERROR);
    assertThat(d.state.message())
        .isEqualTo(
            "Metric \"m\" assessed Error due to consecutiveErrors (5) > consecutiveErrorLimit (4):"
                + " \"Error Message: Post \"http://prom\": timeout\"");
    assertThat(d.state.result("m").message()).isEqualTo("Post \"http://prom\": timeout");
  }

  @Test
  void anUnevaluableResultIsAnErrorMeasurementWithTheAssessorsMessage() {
    RunDriver d = new RunDriver().start(spec(metric("m")), at(0));
    d.observe("m", Observation.result("garbage", "garbage", Map.of()), at(1));
    Measurement m = d.state.result("m").last();
    assertThat(m.phase()).isEqualTo(ERROR);
    assertThat(m.message()).isEqualTo("could not evaluate successCondition: garbage");
    assertThat(m.value()).isEqualTo("garbage");
  }

  @Test
  void theWorstMetricDecidesAndOneFailureStopsTheOthers() {
    RunDriver d =
        new RunDriver()
            .start(spec(metric("a", "interval", "1m"), metric("b", "interval", "1m")), at(0))
            .observe("a", SUCCESSFUL, at(0))
            .observe("b", INCONCLUSIVE, at(0));
    assertThat(d.state.phase()).isEqualTo(INCONCLUSIVE);
    assertThat(d.state.message())
        .isEqualTo(
            "Metric \"b\" assessed Inconclusive due to inconclusive (1) > inconclusiveLimit (0)");
    // the endless metric "a" was stopped by the termination and counts as Successful
    assertThat(d.state.result("a").phase()).isEqualTo(SUCCESSFUL);
    assertThat(d.state.runSummary()).isEqualTo(new RunSummary(2, 1, 0, 1, 0));
  }

  @Test
  void allMetricsSuccessfulMakeASuccessfulRunWithoutMessage() {
    RunDriver d =
        new RunDriver()
            .start(spec(metric("a"), metric("b", "count", "2", "interval", "10s")), at(0))
            .observe("a", SUCCESSFUL, at(0))
            .observe("b", SUCCESSFUL, at(0));
    assertThat(d.state.phase()).isEqualTo(RUNNING);
    d.observe("b", FAILED, at(10)); // failureLimit 0: one failure is too many
    assertThat(d.state.phase()).isEqualTo(FAILED);

    RunDriver ok =
        new RunDriver()
            .start(spec(metric("a"), metric("b", "count", "2", "interval", "10s")), at(0))
            .observe("a", SUCCESSFUL, at(0))
            .observe("b", SUCCESSFUL, at(0))
            .observe("b", SUCCESSFUL, at(10));
    assertThat(ok.state.phase()).isEqualTo(SUCCESSFUL);
    assertThat(ok.state.message()).isNull();
    assertThat(ok.state.runSummary()).isEqualTo(new RunSummary(2, 2, 0, 0, 0));
    assertThat(ok.state.dryRunSummary()).isNull();
  }

  @Test
  void consecutiveSuccessLimitEndsTheMetricEarly() {
    RunDriver d =
        new RunDriver()
            .start(
                spec(metric("m", "count", "10", "interval", "1m", "consecutiveSuccessLimit", "2")),
                at(0))
            .observe("m", SUCCESSFUL, at(0))
            .observe("m", SUCCESSFUL, at(60));
    assertThat(d.state.phase()).isEqualTo(SUCCESSFUL);
    assertThat(d.state.result("m").count()).isEqualTo(2);
  }

  @Test
  void dryRunMetricsNeverFailTheRunButSayWhyTheyWouldHave() {
    RunSpec s =
        new RunSpec(
            List.of(metric("total-5xx"), metric("latency")),
            List.of(),
            List.of("5xx$"),
            List.of(),
            null,
            false);
    RunDriver d =
        new RunDriver()
            .start(s, at(0))
            .observe("total-5xx", FAILED, at(0))
            .observe("latency", SUCCESSFUL, at(0));
    assertThat(d.state.phase()).isEqualTo(SUCCESSFUL);
    MetricResult dry = d.state.result("total-5xx");
    assertThat(dry.dryRun()).isTrue();
    assertThat(dry.phase()).isEqualTo(FAILED);
    assertThat(dry.message())
        .isEqualTo("Metric assessed Failed due to failed (1) > failureLimit (0)");
    assertThat(d.state.runSummary()).isEqualTo(new RunSummary(1, 1, 0, 0, 0));
    assertThat(d.state.dryRunSummary()).isEqualTo(new RunSummary(1, 0, 1, 0, 0));
  }

  @Test
  void onlyDryRunMetricsStillCompleteTheRun() {
    RunSpec s = new RunSpec(List.of(metric("m")), List.of(), List.of(".*"), null, null, false);
    RunDriver d = new RunDriver().start(s, at(0)).observe("m", FAILED, at(0));
    assertThat(d.state.phase()).isEqualTo(SUCCESSFUL);
  }

  @Test
  void measurementRetentionKeepsTheNewestTenOrTheRuleLimit() {
    RunSpec s =
        new RunSpec(
            List.of(metric("a", "interval", "1s"), metric("b-latency", "interval", "1s")),
            List.of(),
            List.of(),
            List.of(new RunSpec.Retention("latency", 3)),
            null,
            false);
    RunDriver d = new RunDriver().start(s, at(0));
    for (int i = 0; i < 15; i++) {
      d.observe("a", SUCCESSFUL, at(i)).observe("b-latency", SUCCESSFUL, at(i));
    }
    assertThat(d.state.result("a").measurements()).hasSize(10);
    assertThat(d.state.result("a").measurements().get(0).startedAt()).isEqualTo(at(5));
    assertThat(d.state.result("a").count()).isEqualTo(15);
    assertThat(d.state.result("b-latency").measurements()).hasSize(3);
  }

  @Test
  void secretsAreReadWhenMeasuringAndMaskedInWhatIsKept() {
    MetricSpec m = metric("m", "query", "up{token=\"{{args.api-token}}\"}");
    RunSpec s =
        new RunSpec(
            List.of(m),
            List.of(ArgSpec.secret("api-token", "creds", "token")),
            null,
            null,
            null,
            false);
    RunDriver d = new RunDriver().start(s, at(0));
    assertThat(d.state.phase()).isEqualTo(RUNNING);
    d.secrets.put("creds/token", "s3cr3t");

    RunEngine.MeasurementInput in = RunEngine.prepare(d.state, "m", (n, k) -> "s3cr3t");
    assertThat(in.metric().providerConfig().get("query")).isEqualTo("up{token=\"s3cr3t\"}");
    assertThat(d.state.prepared().metric("m").providerConfig().get("query"))
        .isEqualTo("up{token=\"temp-for-secret\"}");

    d.observe("m", Observation.error("401 for token s3cr3t", Map.of("q", "token=s3cr3t")), at(1));
    Measurement kept = d.state.result("m").last();
    assertThat(kept.message()).isEqualTo("401 for token *****");
    assertThat(kept.metadata()).containsEntry("q", "token=*****");
    assertThat(d.events.toString()).doesNotContain("s3cr3t");
  }

  @Test
  void aMissingSecretMakesAnErrorMeasurement() {
    RunSpec s =
        new RunSpec(
            List.of(metric("m")),
            List.of(ArgSpec.secret("t", "creds", "k")),
            null,
            null,
            null,
            false);
    RunDriver d = new RunDriver().start(s, at(0)).observe("m", SUCCESSFUL, at(1));
    assertThat(d.state.result("m").last().phase()).isEqualTo(ERROR);
    assertThat(d.state.result("m").last().message()).isEqualTo("secrets \"creds\" not found");
  }

  @Test
  void invalidSpecsErrorTheRunWithUpstreamsMessages() {
    assertThat(new RunDriver().start(spec(metric("m", "count", "3")), at(0)).state.message())
        .isEqualTo("Analysis spec invalid: metrics[0]: interval must be specified when count > 1");
    RunDriver d =
        new RunDriver()
            .start(
                new RunSpec(
                    List.of(metric("m", "count", "{{args.n}}")),
                    List.of(new ArgSpec("n", null, null, null, null)),
                    null,
                    null,
                    null,
                    false),
                at(0));
    assertThat(d.state.phase()).isEqualTo(ERROR);
    assertThat(d.state.completedAt()).isEqualTo(at(0));
    assertThat(d.state.message())
        .isEqualTo("Unable to resolve metric arguments: argument \"n\" was not supplied");
    assertThat(d.due(at(100))).isEmpty();
  }
}
