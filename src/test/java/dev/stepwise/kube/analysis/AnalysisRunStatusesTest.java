package dev.stepwise.kube.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.api.ApiTypes;
import dev.stepwise.api.analysis.AnalysisRunStatus;
import dev.stepwise.api.fixtures.Crds;
import dev.stepwise.api.fixtures.ExampleManifests;
import dev.stepwise.api.schema.StructuralSchemaValidator;
import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.MetricSpec;
import dev.stepwise.domain.analysis.Observation;
import dev.stepwise.domain.analysis.ResultAssessor;
import dev.stepwise.domain.analysis.RunEngine;
import dev.stepwise.domain.analysis.RunEvent;
import dev.stepwise.domain.analysis.RunSpec;
import dev.stepwise.domain.analysis.RunState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The projected status carries upstream's fields and validates against the upstream CRD. */
class AnalysisRunStatusesTest {
  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00.987654Z");
  private static final ResultAssessor ASSESS =
      (s, f, r) -> new ResultAssessor.Assessment((AnalysisPhase) r, null);

  private static MetricSpec metric(String name, String interval, String failureLimit) {
    return new MetricSpec(
        name,
        interval,
        null,
        null,
        "result == 1",
        null,
        failureLimit,
        null,
        null,
        null,
        Map.of("web", Map.of("url", "http://x")));
  }

  private static RunState record(RunState s, String metric, Observation o, Instant at) {
    var input = RunEngine.prepare(s, metric, (n, k) -> "");
    for (RunEvent e : RunEngine.record(s, input, at, o, ASSESS, at)) {
      s = s.apply(e);
    }
    return s;
  }

  private static List<String> upstreamErrors(AnalysisRunStatus status) {
    JsonNode tree = ExampleManifests.YAML.readTree(ApiTypes.serialization().asJson(status));
    JsonNode schema = Crds.schema(Crds.upstream("AnalysisRun")).at("/properties/status");
    assertThat(schema.isObject()).isTrue();
    return StructuralSchemaValidator.validate(schema, tree);
  }

  @Test
  void aFailedRunWithAnInFlightAndADryRunMetric() {
    RunSpec spec =
        new RunSpec(
            List.of(
                metric("rate", "1m", "1"), metric("job", "1m", null), metric("dry", null, null)),
            null,
            List.of("dry"),
            null,
            null,
            false);
    RunState s = RunState.empty().apply(new RunEvent.Started(spec, T0));
    s = record(s, "job", Observation.running(Map.of("job-name", "j"), T0.plusSeconds(30)), T0);
    s = record(s, "dry", Observation.result(AnalysisPhase.FAILED, "0", Map.of()), T0);
    s = record(s, "rate", Observation.result(AnalysisPhase.SUCCESSFUL, "[1]", Map.of()), T0);
    AnalysisRunStatus running = AnalysisRunStatuses.status(s);
    assertThat(running.getPhase()).isEqualTo("Running");
    assertThat(running.getStartedAt()).isEqualTo("2026-03-01T08:00:00Z");
    assertThat(running.getCompletedAt()).isNull();
    var job = running.getMetricResults().get(0);
    assertThat(job.getName()).isEqualTo("job");
    assertThat(job.getPhase()).isEqualTo("Running");
    assertThat(job.getMeasurements().get(0).getResumeAt()).isEqualTo("2026-03-01T08:00:30Z");
    assertThat(job.getMeasurements().get(0).getFinishedAt()).isNull();
    assertThat(job.getMeasurements().get(0).getMetadata()).containsEntry("job-name", "j");
    assertThat(running.getMetricResults().get(1).getDryRun()).isTrue();
    assertThat(running.getDryRunSummary().getFailed()).isEqualTo(1);
    assertThat(upstreamErrors(running)).isEmpty();

    s =
        record(
            s,
            "rate",
            Observation.result(AnalysisPhase.FAILED, "[0]", Map.of()),
            T0.plusSeconds(60));
    s =
        record(
            s,
            "rate",
            Observation.result(AnalysisPhase.FAILED, "[0]", Map.of()),
            T0.plusSeconds(120));
    // the in-flight job is terminated before the run completes
    assertThat(s.phase()).isEqualTo(AnalysisPhase.RUNNING);
    s =
        record(
            s,
            "job",
            Observation.decided(AnalysisPhase.SUCCESSFUL, null, Map.of(), "Metric Terminated"),
            T0.plusSeconds(121));
    AnalysisRunStatus failed = AnalysisRunStatuses.status(s);
    assertThat(failed.getPhase()).isEqualTo("Failed");
    assertThat(failed.getMessage())
        .isEqualTo("Metric \"rate\" assessed Failed due to failed (2) > failureLimit (1)");
    assertThat(failed.getCompletedAt()).isEqualTo("2026-03-01T08:02:01Z");
    var rate = failed.getMetricResults().get(2);
    assertThat(List.of(rate.getCount(), rate.getSuccessful(), rate.getFailed(), rate.getError()))
        .containsExactly(3, 1, 2, 0);
    assertThat(rate.getMeasurements())
        .extracting(m -> m.getValue())
        .containsExactly("[1]", "[0]", "[0]");
    assertThat(failed.getRunSummary().getCount()).isEqualTo(2);
    assertThat(failed.getRunSummary().getFailed()).isEqualTo(1);
    assertThat(failed.getRunSummary().getSuccessful()).isEqualTo(1);
    assertThat(upstreamErrors(failed)).isEmpty();
  }

  @Test
  void anInvalidRunIsAnErrorWithItsMessage() {
    RunSpec spec = new RunSpec(List.of(), null, null, null, null, false);
    AnalysisRunStatus st =
        AnalysisRunStatuses.status(RunState.empty().apply(new RunEvent.Started(spec, T0)));
    assertThat(st.getPhase()).isEqualTo("Error");
    assertThat(st.getMessage()).isEqualTo("Analysis spec invalid: no metrics specified");
    assertThat(st.getMetricResults()).isNull();
    assertThat(upstreamErrors(st)).isEmpty();
    assertThat(AnalysisRunStatuses.status(RunState.empty()).getPhase()).isEqualTo("Pending");
    // the schema check is real: a wrong type is reported
    JsonNode schema = Crds.schema(Crds.upstream("AnalysisRun")).at("/properties/status");
    assertThat(
            StructuralSchemaValidator.validate(
                schema, ExampleManifests.YAML.readTree("{\"phase\": 5}")))
        .isNotEmpty();
  }
}
