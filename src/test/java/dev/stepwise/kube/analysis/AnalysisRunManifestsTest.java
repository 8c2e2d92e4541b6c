package dev.stepwise.kube.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.api.ApiTypes;
import dev.stepwise.api.analysis.AnalysisRun;
import dev.stepwise.domain.analysis.AnalysisRequest;
import dev.stepwise.domain.analysis.ArgSpec;
import dev.stepwise.domain.analysis.MetricSpec;
import dev.stepwise.domain.analysis.RolloutRuns;
import dev.stepwise.domain.analysis.RunSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The AnalysisRun object of a rollout's run reads back (through the typed API class) as the same
 * run spec: numbers stay numbers, {@code {{args.x}}} stays a string, Secret arguments stay
 * references.
 */
class AnalysisRunManifestsTest {

  @Test
  void theObjectsSpecReadsBackAsTheRunSpec() {
    RunSpec spec =
        new RunSpec(
            List.of(
                new MetricSpec(
                    "rate",
                    "30s",
                    null,
                    "{{args.count}}",
                    "result[0] > 0.9",
                    null,
                    "2",
                    null,
                    "4",
                    null,
                    Map.of("prometheus", Map.of("query", "up", "address", "http://p:9090")))),
            List.of(ArgSpec.of("count", "3"), ArgSpec.secret("token", "creds", "t")),
            List.of("^rate$"),
            List.of(new RunSpec.Retention("rate", 5)),
            null,
            false);
    AnalysisRequest request =
        new AnalysisRequest(
            "ns",
            "web",
            "web-abc-4-2",
            RolloutRuns.Kind.STEP,
            2,
            "abc",
            4,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            Map.of("team", "a"),
            Map.of("note", "n"));
    var object = AnalysisRunManifests.run(request, spec, "uid-1");
    var serialization = ApiTypes.serialization();
    AnalysisRun typed = serialization.unmarshal(serialization.asJson(object), AnalysisRun.class);

    assertThat(AnalysisSpecs.run(typed)).isEqualTo(spec);
    assertThat(typed.getSpec().getMetrics().get(0).getFailureLimit().getIntVal()).isEqualTo(2);
    assertThat(typed.getMetadata().getLabels())
        .containsEntry("rollout-type", "Step")
        .containsEntry("step-index", "2")
        .containsEntry("rollouts-pod-template-hash", "abc")
        .containsEntry("team", "a");
    assertThat(typed.getMetadata().getAnnotations())
        .containsEntry("rollout.argoproj.io/revision", "4")
        .containsEntry("note", "n");
    assertThat(typed.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(o -> assertThat(o.getUid()).isEqualTo("uid-1"));
  }
}
