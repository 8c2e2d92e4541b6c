package dev.stepwise.kube.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.IntOrPercent;
import dev.stepwise.domain.RolloutSpec;
import dev.stepwise.domain.Step;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RolloutSpecMapperTest {
  private static MappedRollout rollout(String yaml) {
    return RolloutSpecMapper.map(Yaml.map(yaml));
  }

  @Test
  void mapsTheTopLevelSpecFields() {
    MappedRollout ro =
        rollout(
            """
            metadata: {name: web, namespace: shop, uid: u-1, generation: 3, resourceVersion: "991"}
            spec:
              replicas: 3
              minReadySeconds: 5
              progressDeadlineSeconds: 120
              revisionHistoryLimit: 4
              paused: true
              selector:
                matchLabels: {app: web}
                matchExpressions: [{key: tier, operator: In, values: [front]}]
              template:
                metadata: {labels: {app: web, tier: front}}
                spec:
                  containers:
                  - {name: web, image: "nginx:1.25"}
                  - {name: sidecar, image: "envoy:1.30"}
              strategy: {canary: {}}
            """);
    RolloutSpec spec = ro.spec();
    assertThat(ro.key().entityId()).contains("shop").contains("web");
    assertThat(ro.uid()).isEqualTo("u-1");
    assertThat(ro.generation()).isEqualTo(3);
    assertThat(ro.resourceVersion()).isEqualTo(991);
    assertThat(spec.replicas()).isEqualTo(3);
    assertThat(spec.minReadySeconds()).isEqualTo(5);
    assertThat(spec.progressDeadlineSeconds()).isEqualTo(120);
    assertThat(spec.revisionHistoryLimit()).isEqualTo(4);
    assertThat(spec.paused()).isTrue();
    assertThat(spec.selectorMatchLabels()).containsExactly(Map.entry("app", "web"));
    assertThat(spec.selectorHasExpressions()).isTrue();
    assertThat(spec.templateLabels()).containsEntry("tier", "front");
    assertThat(spec.images())
        .containsExactly(Map.entry("web", "nginx:1.25"), Map.entry("sidecar", "envoy:1.30"));
    assertThat(spec.canary().steps()).isEmpty();
    assertThat(spec.canary().maxSurge()).isNull();
    assertThat(spec.blueGreen()).isFalse();
    assertThat(spec.decodeErrors()).isEmpty();
    assertThat(ro.toObserve().spec()).isEqualTo(spec);
  }

  @Test
  void mapsProgressDeadlineAbortRestartAtAndRollbackWindow() {
    RolloutSpec spec =
        rollout(
                """
                metadata: {name: web}
                spec:
                  progressDeadlineAbort: true
                  restartAt: "2024-05-01T10:00:00Z"
                  rollbackWindow: {revisions: 3}
                  strategy: {canary: {}}
                """)
            .spec();
    assertThat(spec.progressDeadlineAbort()).isTrue();
    assertThat(spec.restartAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(spec.rollbackWindowRevisions()).isEqualTo(3);
    assertThat(spec.decodeErrors()).isEmpty();
  }

  @Test
  void aMalformedRestartAtIsADecodeErrorNotAFailure() {
    RolloutSpec spec =
        rollout("metadata: {name: web}\nspec: {restartAt: yesterday, strategy: {canary: {}}}")
            .spec();
    assertThat(spec.restartAt()).isNull();
    assertThat(spec.decodeErrors())
        .containsExactly("spec.restartAt: not an RFC 3339 time: yesterday");
  }

  @Test
  void absentFieldsMapToTheirDocumentedDefaults() {
    MappedRollout ro = rollout("metadata: {name: bare}\nspec: {}");
    assertThat(ro.generation()).isZero();
    assertThat(ro.resourceVersion()).isZero();
    assertThat(ro.spec().replicas()).isNull();
    assertThat(ro.spec().selectorMatchLabels()).isNull();
    assertThat(ro.spec().templateLabels()).isEmpty();
    assertThat(ro.spec().progressDeadlineSeconds()).isNull();
    assertThat(ro.spec().revisionHistoryLimit()).isNull();
    assertThat(ro.spec().progressDeadlineAbort()).isFalse();
    assertThat(ro.spec().restartAt()).isNull();
    assertThat(ro.spec().rollbackWindowRevisions()).isNull();
    assertThat(ro.status().restartedAt()).isNull();
    assertThat(ro.spec().canary()).isNull();
    assertThat(ro.spec().podTemplateHash()).isNotBlank();
    assertThat(ro.status().manager()).isNull();
    assertThat(ro.conditions()).isEmpty();
  }

  @Test
  void aNonNumericResourceVersionReadsAsZero() {
    assertThat(rollout("metadata: {resourceVersion: abc}\nspec: {}").resourceVersion()).isZero();
  }

  @Test
  void theTemplateHashUsesTheCollisionCount() {
    String yaml =
        """
        spec:
          template: {spec: {containers: [{name: c, image: nginx}]}}
        status: {collisionCount: 2}
        """;
    MappedRollout ro = rollout(yaml);
    Map<String, Object> template = Yaml.map("spec: {containers: [{name: c, image: nginx}]}");
    assertThat(ro.collisionCount()).isEqualTo(2);
    assertThat(ro.spec().podTemplateHash()).isEqualTo(PodTemplateHasher.hash(template, 2));
    assertThat(ro.spec().podTemplateHash()).isNotEqualTo(PodTemplateHasher.hash(template, null));
  }

  @Test
  void readsMaxSurgeAndMaxUnavailableAsIntsOrPercents() {
    RolloutSpec.CanarySpec canary =
        rollout("spec: {strategy: {canary: {maxSurge: \"25%\", maxUnavailable: 2}}}")
            .spec()
            .canary();
    assertThat(canary.maxSurge()).isEqualTo(new IntOrPercent(25, true));
    assertThat(canary.maxUnavailable()).isEqualTo(new IntOrPercent(2, false));
    assertThat(rollout("spec: {strategy: {canary: {maxSurge: \"40\"}}}").spec().canary().maxSurge())
        .isEqualTo(new IntOrPercent(40, true));
  }

  @Test
  void mapsEveryStepKindAndKeepsUnsupportedOnesByName() {
    RolloutSpec spec =
        rollout(
                """
                spec:
                  strategy:
                    canary:
                      steps:
                      - setWeight: 10
                      - pause: {duration: 10}
                      - analysis: {templates: [{templateName: t}]}
                      - experiment: {templates: []}
                      - setCanaryScale: {replicas: 1}
                      - setHeaderRoute: {name: h}
                      - setMirrorRoute: {name: m}
                      - plugin: {name: p}
                """)
            .spec();
    assertThat(spec.canary().steps())
        .containsExactly(
            Step.setWeight(10),
            Step.pause(10L),
            Step.analysis(
                new dev.stepwise.domain.RolloutAnalysis(
                    List.of(new dev.stepwise.domain.analysis.TemplateSpec.Ref("t", false)),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null)),
            Step.unsupported("experiment"),
            Step.unsupported("setCanaryScale"),
            Step.unsupported("setHeaderRoute"),
            Step.unsupported("setMirrorRoute"),
            Step.unsupported("plugin"));
    assertThat(spec.decodeErrors()).isEmpty();
  }

  @Test
  void listsTheCanaryFieldsStepwiseDoesNotSupportYet() {
    RolloutSpec.CanarySpec canary =
        rollout(
                """
                spec:
                  strategy:
                    canary:
                      canaryService: canary
                      stableService: ""
                      dynamicStableScale: false
                      scaleDownDelaySeconds: 10
                      trafficRouting: {nginx: {stableIngress: web}}
                      analysis: {templates: [{templateName: t}]}
                      pingPong: {pingService: a, pongService: b}
                """)
            .spec()
            .canary();
    assertThat(canary.unsupportedFields())
        .containsExactlyInAnyOrder(
            "canaryService", "trafficRouting", "scaleDownDelaySeconds", "pingPong");
  }

  @Test
  void blueGreenAndWorkloadRefAreRecognised() {
    RolloutSpec blueGreen = rollout("spec: {strategy: {blueGreen: {activeService: a}}}").spec();
    assertThat(blueGreen.blueGreen()).isTrue();
    assertThat(blueGreen.canary()).isNull();
    RolloutSpec ref =
        rollout("spec: {workloadRef: {apiVersion: apps/v1, kind: Deployment, name: d}}").spec();
    assertThat(ref.decodeErrors())
        .singleElement()
        .asString()
        .isEqualTo("spec.workloadRef: deployments.apps \"d\" not found");
    assertThat(ref.workloadRef().kind()).isEqualTo("Deployment");
    RolloutSpec both = rollout("spec: {strategy: {blueGreen: {}, canary: {}}}").spec();
    // both strategies are an InvalidSpec (RolloutValidation), not a decoding error
    assertThat(both.decodeErrors()).isEmpty();
    assertThat(both.blueGreen()).isTrue();
    assertThat(both.canary()).isNotNull();
  }

  @Test
  void theStepsHashCoversTheStepsOnly() {
    String steps = "spec: {strategy: {canary: {steps: [{setWeight: 10}, {pause: {}}]}}}";
    String sameStepsOtherSurge =
        "spec: {strategy: {canary: {maxSurge: 1, steps: [{setWeight: 10}, {pause: {}}]}}}";
    String otherSteps = "spec: {strategy: {canary: {steps: [{setWeight: 20}, {pause: {}}]}}}";
    String hash = rollout(steps).spec().canary().stepsHash();
    assertThat(rollout(sameStepsOtherSurge).spec().canary().stepsHash()).isEqualTo(hash);
    assertThat(rollout(otherSteps).spec().canary().stepsHash()).isNotEqualTo(hash);
    assertThat(hash)
        .isEqualTo(
            PodTemplateHasher.stepsHash(
                List.of(Map.of("setWeight", 10), Map.of("pause", Map.of()))));
  }
}
