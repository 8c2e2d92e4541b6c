package dev.stepwise.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.api.analysis.AnalysisTemplate;
import dev.stepwise.api.rollout.Rollout;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiTypesTest {
  private static final String MANIFEST =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Rollout
      metadata:
        name: demo
      spec:
        replicas: 3
        strategy:
          canary:
            steps:
            - setWeight: 20
            - pause: {duration: 10s}
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: demo
      ---
      apiVersion: argoproj.io/v1alpha1
      kind: AnalysisTemplate
      metadata:
        name: success-rate
      spec:
        metrics:
        - name: success-rate
          provider:
            prometheus:
              query: up
      """;

  @Test
  void unmarshalOfOneDocumentGivesTheTypedRollout() {
    Object parsed = ApiTypes.serialization().unmarshal(MANIFEST.split("---")[0]);

    assertThat(parsed).isInstanceOf(Rollout.class);
    Rollout rollout = (Rollout) parsed;
    assertThat(rollout.getSpec().getReplicas()).isEqualTo(3);
    assertThat(rollout.getSpec().getStrategy().getCanary().getSteps())
        .extracting(s -> s.getSetWeight())
        .containsExactly(20, null);
    assertThat(
            rollout.getSpec().getStrategy().getCanary().getSteps().get(1).getPause().getDuration())
        .extracting(d -> d.getStrVal())
        .isEqualTo("10s");
  }

  @Test
  void loadAllTypesEveryDocumentOfAMultiDocumentManifest() {
    List<HasMetadata> objects = ApiTypes.loadAll(ApiTypes.serialization(), MANIFEST);

    assertThat(objects)
        .extracting(o -> o.getClass().getSimpleName())
        .containsExactly("Rollout", "Service", "AnalysisTemplate");
    assertThat(ApiTypes.single(objects, Service.class).getMetadata().getName()).isEqualTo("demo");
    assertThat(
            ApiTypes.single(objects, AnalysisTemplate.class)
                .getSpec()
                .getMetrics()
                .get(0)
                .getProvider()
                .getPrometheus()
                .getQuery())
        .isEqualTo("up");
  }

  @Test
  void singleFailsWhenTheKindIsMissing() {
    List<HasMetadata> objects = ApiTypes.loadAll(ApiTypes.serialization(), MANIFEST);

    assertThatThrownBy(() -> ApiTypes.single(objects, dev.stepwise.api.experiment.Experiment.class))
        .hasMessageContaining("exactly one Experiment");
  }

  @Test
  void recognisesOnlyTheFiveArgoKinds() {
    assertThat(ApiTypes.isArgoKind("argoproj.io/v1alpha1", "ClusterAnalysisTemplate")).isTrue();
    assertThat(ApiTypes.isArgoKind("argoproj.io/v1alpha1", "Workflow")).isFalse();
    assertThat(ApiTypes.isArgoKind("apps/v1", "Rollout")).isFalse();
  }

  @Test
  void unknownFieldsSurviveARoundTrip() {
    var serialization = ApiTypes.serialization();
    Rollout rollout =
        serialization.unmarshal(
            """
            apiVersion: argoproj.io/v1alpha1
            kind: Rollout
            metadata: {name: demo}
            spec:
              futureField: {a: 1}
              strategy:
                canary:
                  steps:
                  - setWeight: 5
                    futureStepField: x
            """,
            Rollout.class);

    String json = serialization.asJson(rollout);

    assertThat(json).contains("\"futureField\":{\"a\":1}").contains("\"futureStepField\":\"x\"");
  }

  @Test
  void specsCompareByValueSoASpecChangeIsVisible() {
    var serialization = ApiTypes.serialization();
    String first = MANIFEST.split("---")[0];
    Rollout a = serialization.unmarshal(first, Rollout.class);
    Rollout b = serialization.unmarshal(first, Rollout.class);

    assertThat(a.getSpec()).isEqualTo(b.getSpec()).hasSameHashCodeAs(b.getSpec());

    b.getSpec().getStrategy().getCanary().getSteps().get(0).setSetWeight(30);
    assertThat(a.getSpec()).isNotEqualTo(b.getSpec());
  }
}
