package dev.stepwise.kube.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.api.ApiTypes;
import dev.stepwise.api.analysis.AnalysisRun;
import dev.stepwise.api.analysis.AnalysisRunSpec;
import dev.stepwise.api.analysis.AnalysisTemplate;
import dev.stepwise.api.analysis.AnalysisTemplateSpec;
import dev.stepwise.api.analysis.Argument;
import dev.stepwise.api.analysis.ClusterAnalysisTemplate;
import dev.stepwise.api.fixtures.Crds;
import dev.stepwise.api.fixtures.ExampleManifests;
import dev.stepwise.api.fixtures.ExampleManifests.Document;
import dev.stepwise.api.schema.StructuralSchemaValidator;
import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.ArgSpec;
import dev.stepwise.domain.analysis.MetricSpec;
import dev.stepwise.domain.analysis.Observation;
import dev.stepwise.domain.analysis.ResultAssessor;
import dev.stepwise.domain.analysis.RunEngine;
import dev.stepwise.domain.analysis.RunEvent;
import dev.stepwise.domain.analysis.RunSpec;
import dev.stepwise.domain.analysis.RunState;
import dev.stepwise.domain.analysis.RunTasks;
import dev.stepwise.domain.analysis.TemplateSpec;
import dev.stepwise.domain.analysis.Templates;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every upstream AnalysisTemplate / ClusterAnalysisTemplate example maps to the engine's spec, runs
 * to completion, and the AnalysisRun it projects validates against the upstream CRD.
 */
class AnalysisMappingTest {
  private static final Instant T0 = Instant.parse("2026-01-01T10:00:00.123Z");
  private static final ResultAssessor PASS =
      (s, f, r) -> new ResultAssessor.Assessment(AnalysisPhase.SUCCESSFUL, null);

  static List<Document> templates() {
    List<Document> docs =
        ExampleManifests.argoDocuments().stream()
            .filter(d -> d.kind().endsWith("AnalysisTemplate"))
            .toList();
    assertThat(docs).hasSizeGreaterThanOrEqualTo(6);
    return docs;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void aTemplateExampleMapsRunsAndProjectsAValidAnalysisRun(Document doc) {
    HasMetadata typed =
        ApiTypes.serialization().unmarshal(ExampleManifests.YAML.writeValueAsString(doc.tree()));
    AnalysisTemplateSpec apiSpec;
    TemplateSpec spec;
    if (typed instanceof ClusterAnalysisTemplate c) {
      apiSpec = c.getSpec();
      spec = AnalysisSpecs.clusterTemplate(c);
    } else {
      apiSpec = ((AnalysisTemplate) typed).getSpec();
      spec = AnalysisSpecs.template((AnalysisTemplate) typed);
    }

    JsonNode metrics = doc.tree().at("/spec/metrics");
    assertThat(spec.metrics()).hasSize(metrics.size());
    for (int i = 0; i < metrics.size(); i++) {
      MetricSpec m = spec.metrics().get(i);
      JsonNode provider = metrics.get(i).path("provider");
      assertThat(m.name()).isEqualTo(metrics.get(i).path("name").asString());
      assertThat(m.providerType()).isEqualTo(provider.propertyNames().iterator().next());
      assertThat((Object) m.provider())
          .isEqualTo(ExampleManifests.YAML.convertValue(provider, Map.class));
    }

    // the rollout supplies a value for every argument the template leaves open
    List<ArgSpec> supplied =
        spec.args().stream()
            .filter(a -> !a.hasSource())
            .map(a -> ArgSpec.of(a.name(), "v-" + a.name()))
            .toList();
    RunSpec runSpec = Templates.toRunSpec(List.of(spec), supplied, null, null);
    List<RunEvent> events = new ArrayList<>(RunEngine.start(RunState.empty(), runSpec, T0));
    RunState state = RunState.replay(events);
    assertThat(state.message()).isNull();
    assertThat(state.phase()).isEqualTo(AnalysisPhase.RUNNING);

    // one passing measurement of every metric, then stop metrics that would run forever
    Instant now = T0.plusSeconds(3600);
    for (var task : RunTasks.due(state, now)) {
      var input = RunEngine.prepare(state, task.metric().name(), (n, k) -> "https://example/x");
      Observation obs =
          input.error() == null
              ? Observation.result(1.0, "1", Map.of("query", "q"))
              : RunEngine.errorOf(input);
      for (RunEvent e : RunEngine.record(state, input, now, obs, PASS, now.plusSeconds(1))) {
        events.add(e);
        state = state.apply(e);
      }
    }
    for (RunEvent e : RunEngine.terminate(state, now.plusSeconds(2))) {
      events.add(e);
      state = state.apply(e);
    }
    assertThat(state.phase()).isEqualTo(AnalysisPhase.SUCCESSFUL);

    AnalysisRun run = new AnalysisRun();
    run.setMetadata(new ObjectMetaBuilder().withName("demo-abc-1-0").withNamespace("ns").build());
    AnalysisRunSpec arSpec = new AnalysisRunSpec();
    arSpec.setMetrics(apiSpec.getMetrics());
    arSpec.setArgs(runSpec.args().stream().map(AnalysisMappingTest::argument).toList());
    run.setSpec(arSpec);
    run.setStatus(AnalysisRunStatuses.status(state));

    JsonNode tree = ExampleManifests.YAML.readTree(ApiTypes.serialization().asJson(run));
    assertThat(StructuralSchemaValidator.validate(Crds.schema(Crds.upstream("AnalysisRun")), tree))
        .isEmpty();
    assertThat(tree.at("/status/phase").asString()).isEqualTo("Successful");
    assertThat(tree.at("/status/startedAt").asString()).isEqualTo("2026-01-01T10:00:00Z");
    assertThat(tree.at("/status/metricResults").size()).isEqualTo(metrics.size());
    assertThat(tree.at("/status/runSummary/successful").asInt()).isEqualTo(metrics.size());

    // a user-created run of the same spec maps back to the same metrics and arguments
    RunSpec back = AnalysisSpecs.run(run);
    assertThat(back.metrics()).isEqualTo(runSpec.metrics());
    assertThat(back.args()).isEqualTo(runSpec.args());
  }

  private static Argument argument(ArgSpec a) {
    return ApiTypes.serialization()
        .convertValue(
            a.fromSecret()
                ? Map.of(
                    "name",
                    a.name(),
                    "valueFrom",
                    Map.of("secretKeyRef", Map.of("name", a.secretName(), "key", a.secretKey())))
                : Map.of("name", a.name(), "value", a.value()),
            Argument.class);
  }
}
