package dev.stepwise.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.api.fixtures.Crds;
import dev.stepwise.api.fixtures.ExampleManifests;
import dev.stepwise.api.fixtures.ExampleManifests.Document;
import dev.stepwise.api.fixtures.SampleResources;
import dev.stepwise.api.schema.StructuralSchemaValidator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The CRDs generated from our classes cover the upstream field set and keep upstream names. */
class GeneratedCrdTest {
  private static final Map<String, String> PLURALS =
      Map.of(
          "Rollout", "rollouts",
          "AnalysisTemplate", "analysistemplates",
          "ClusterAnalysisTemplate", "clusteranalysistemplates",
          "AnalysisRun", "analysisruns",
          "Experiment", "experiments");

  private static List<String> generatedErrors(String kind, JsonNode object) {
    return StructuralSchemaValidator.validate(
        Crds.schema(Crds.generated(PLURALS.get(kind))), object);
  }

  static List<Document> argoDocuments() {
    return ExampleManifests.argoDocuments();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("argoDocuments")
  void everyUpstreamExampleIsValidForOurGeneratedCrd(Document doc) {
    assertThat(generatedErrors(doc.kind(), doc.tree())).isEmpty();
  }

  @Test
  void ourStatusesAreValidForOurGeneratedCrds() {
    assertThat(generatedErrors("Rollout", tree(SampleResources.rolloutWithStatus()))).isEmpty();
    assertThat(generatedErrors("AnalysisRun", tree(SampleResources.analysisRunWithStatus())))
        .isEmpty();
  }

  @Test
  void theGeneratedSchemaIsStrictOutsideFreeFormFields() {
    JsonNode rollout = ExampleManifests.YAML.readTree("{spec: {strategy: {canary: {stepz: []}}}}");

    assertThat(generatedErrors("Rollout", rollout))
        .containsExactly(".spec.strategy.canary.stepz: unknown field");
  }

  @Test
  void theRolloutCrdHasTheUpstreamNamesAndSubresources() {
    JsonNode crd = Crds.generated("rollouts");

    assertThat(crd.at("/metadata/name").asString()).isEqualTo("rollouts.argoproj.io");
    assertThat(crd.at("/spec/names/shortNames/0").asString()).isEqualTo("ro");
    assertThat(crd.at("/spec/scope").asString()).isEqualTo("Namespaced");
    JsonNode subresources = crd.at("/spec/versions/0/subresources");
    assertThat(subresources.has("status")).isTrue();
    assertThat(subresources.at("/scale/specReplicasPath").asString()).isEqualTo(".spec.replicas");
    assertThat(subresources.at("/scale/statusReplicasPath").asString())
        .isEqualTo(".status.HPAReplicas");
    assertThat(subresources.at("/scale/labelSelectorPath").asString())
        .isEqualTo(".status.selector");
  }

  @Test
  void everyKindKeepsItsUpstreamNamesAndScope() {
    PLURALS.forEach(
        (kind, plural) -> {
          JsonNode ours = Crds.generated(plural).path("spec");
          JsonNode upstream = Crds.upstream(kind).path("spec");
          assertThat(ours.path("names").path("kind"))
              .isEqualTo(upstream.path("names").path("kind"));
          assertThat(ours.path("names").path("singular"))
              .isEqualTo(upstream.path("names").path("singular"));
          assertThat(ours.path("names").path("shortNames"))
              .isEqualTo(upstream.path("names").path("shortNames"));
          assertThat(ours.path("scope")).as(kind).isEqualTo(upstream.path("scope"));
        });
  }

  private static JsonNode tree(HasMetadata resource) {
    return ExampleManifests.YAML.readTree(ApiTypes.serialization().asJson(resource));
  }
}
