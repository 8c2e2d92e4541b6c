package dev.stepwise.kube.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.IntOrPercent;
import dev.stepwise.domain.RolloutSpec;
import dev.stepwise.domain.Step;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TolerantDecodingTest {
  private final MappedRollout ro = RolloutSpecMapper.map(Yaml.resource("malformed-rollout.yaml"));
  private final RolloutSpec spec = ro.spec();

  @Test
  void everyMalformedFieldIsListedWithItsPath() {
    assertThat(spec.decodeErrors())
        .hasSize(4)
        .anySatisfy(e -> assertThat(e).startsWith("spec.minReadySeconds: expected an integer"))
        .anySatisfy(
            e ->
                assertThat(e)
                    .startsWith("spec.template.spec.containers[0].resources.limits.memory: "))
        .anySatisfy(e -> assertThat(e).startsWith("spec.strategy.canary.maxSurge: "))
        .anySatisfy(
            e -> assertThat(e).startsWith("spec.strategy.canary.steps[0].setWeight: expected"));
  }

  @Test
  void everythingElseIsStillMapped() {
    assertThat(ro.name()).isEqualTo("malformed");
    assertThat(ro.namespace()).isEqualTo("shop");
    assertThat(ro.generation()).isEqualTo(7);
    assertThat(ro.resourceVersion()).isEqualTo(12345);
    assertThat(spec.replicas()).isEqualTo(4);
    assertThat(spec.minReadySeconds()).isZero();
    assertThat(spec.selectorMatchLabels()).containsExactly(Map.entry("app", "malformed"));
    assertThat(spec.images()).containsExactly(Map.entry("web", "nginx:1.25"));
    assertThat(spec.podTemplateHash()).matches("[bcdfghjklmnpqrstvwxz2456789]+");
    assertThat(spec.canary().maxSurge()).isNull();
    assertThat(spec.canary().maxUnavailable()).isEqualTo(new IntOrPercent(1, false));
  }

  @Test
  void malformedStepsKeepTheirPlaceSoStepNumbersStayTheUsers() {
    assertThat(spec.canary().steps())
        .containsExactly(
            Step.unsupported("setWeight"),
            Step.pause(90L),
            Step.setWeight(50),
            // steps without exactly one action are reported by validation, as upstream does
            Step.malformed(List.of()),
            Step.malformed(List.of("setWeight", "pause")),
            Step.analysis(
                new dev.stepwise.domain.RolloutAnalysis(
                    List.of(
                        new dev.stepwise.domain.analysis.TemplateSpec.Ref("success-rate", false)),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null)),
            Step.pause(null));
  }

  @Test
  void wrongTypesAnywhereNeverThrow() {
    MappedRollout odd =
        RolloutSpecMapper.map(
            Yaml.map(
                """
                metadata: [1, 2]
                spec:
                  replicas: 1.5
                  paused: "yes"
                  selector: {matchLabels: {app: 3}}
                  template: {spec: {containers: {name: notalist}}}
                  strategy: {canary: {steps: "none"}}
                status: {abort: "true", pauseConditions: 3, conditions: [{type: 1}, "x"]}
                """));
    assertThat(odd.spec().replicas()).isNull();
    assertThat(odd.spec().paused()).isFalse();
    assertThat(odd.spec().canary().steps()).isEmpty();
    assertThat(odd.spec().decodeErrors())
        .anySatisfy(e -> assertThat(e).startsWith("spec.replicas:"))
        .anySatisfy(e -> assertThat(e).startsWith("spec.paused:"))
        .anySatisfy(e -> assertThat(e).startsWith("spec.selector.matchLabels.app:"))
        .anySatisfy(e -> assertThat(e).startsWith("spec.template.spec.containers:"))
        .anySatisfy(e -> assertThat(e).startsWith("spec.strategy.canary.steps:"));
    assertThat(odd.status().abort()).isFalse();
    assertThat(odd.conditions()).isEmpty();
  }
}
