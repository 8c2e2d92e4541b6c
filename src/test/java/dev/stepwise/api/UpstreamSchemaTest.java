package dev.stepwise.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.api.fixtures.Crds;
import dev.stepwise.api.fixtures.ExampleManifests;
import dev.stepwise.api.fixtures.ExampleManifests.Document;
import dev.stepwise.api.fixtures.SampleResources;
import dev.stepwise.api.schema.StructuralSchemaValidator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What Stepwise writes is valid for clusters that run the upstream Argo Rollouts CRDs. */
class UpstreamSchemaTest {
  private static JsonNode tree(Object resource) {
    return ExampleManifests.YAML.readTree(ApiTypes.serialization().asJson(resource));
  }

  private static List<String> upstreamErrors(String kind, JsonNode object) {
    return StructuralSchemaValidator.validate(Crds.schema(Crds.upstream(kind)), object);
  }

  @Test
  void aRolloutStatusWrittenByStepwiseValidatesAgainstTheUpstreamCrd() {
    JsonNode rollout = tree(SampleResources.rolloutWithStatus());

    assertThat(upstreamErrors("Rollout", rollout)).isEmpty();
    assertThat(rollout.path("status").propertyNames())
        .contains(
            "phase",
            "message",
            "observedGeneration",
            "currentPodHash",
            "stableRS",
            "currentStepIndex",
            "currentStepHash",
            "pauseConditions",
            "controllerPause",
            "abort",
            "abortedAt",
            "promoteFull",
            "replicas",
            "updatedReplicas",
            "readyReplicas",
            "availableReplicas",
            "HPAReplicas",
            "selector",
            "conditions",
            "canary");
    assertThat(rollout.at("/status/observedGeneration").isString()).isTrue();
    assertThat(rollout.at("/status/canary/weights/canary/weight").asInt()).isEqualTo(20);
  }

  @Test
  void anAnalysisRunStatusWrittenByStepwiseValidatesAgainstTheUpstreamCrd() {
    JsonNode run = tree(SampleResources.analysisRunWithStatus());

    assertThat(upstreamErrors("AnalysisRun", run)).isEmpty();
    assertThat(run.at("/status/metricResults/0/measurements").size()).isEqualTo(2);
    assertThat(run.at("/status/runSummary/failed").asInt()).isEqualTo(1);
  }

  @Test
  void aNumericObservedGenerationIsRejected() {
    ObjectNode rollout = (ObjectNode) tree(SampleResources.rolloutWithStatus());
    ((ObjectNode) rollout.get("status")).put("observedGeneration", 3);

    assertThat(upstreamErrors("Rollout", rollout))
        .containsExactly(".status.observedGeneration: must be a string but is 3");
  }

  @Test
  void anUnknownStatusFieldIsRejected() {
    ObjectNode rollout = (ObjectNode) tree(SampleResources.rolloutWithStatus());
    ((ObjectNode) rollout.get("status")).put("hpaReplicas", 5);
    ((ObjectNode) rollout.at("/status/canary/weights")).put("total", 100);

    assertThat(upstreamErrors("Rollout", rollout))
        .containsExactlyInAnyOrder(
            ".status.hpaReplicas: unknown field", ".status.canary.weights.total: unknown field");
  }

  @Test
  void aMisspelledAnalysisPhaseTypeIsRejected() {
    ObjectNode run = (ObjectNode) tree(SampleResources.analysisRunWithStatus());
    ((ObjectNode) run.at("/status/metricResults/0")).put("count", "two");
    ((ObjectNode) run.get("status")).remove("phase");

    assertThat(upstreamErrors("AnalysisRun", run))
        .containsExactlyInAnyOrder(
            ".status.metricResults[0].count: must be an integer but is \"two\"",
            ".status.phase: required");
  }

  static List<Document> argoDocuments() {
    return ExampleManifests.argoDocuments();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("argoDocuments")
  void everyUpstreamExampleIsValidForTheUpstreamCrd(Document doc) {
    assertThat(upstreamErrors(doc.kind(), doc.tree())).isEmpty();
  }
}
