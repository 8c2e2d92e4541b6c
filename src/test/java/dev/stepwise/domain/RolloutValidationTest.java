package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** InvalidSpec messages as upstream's validation.go words them. */
class RolloutValidationTest {

  @Test
  void theScenarioSpecIsValid() {
    assertThat(RolloutValidation.validate(Fixtures.spec("h1", 5))).isEmpty();
    assertThat(RolloutValidation.invalidSpecMessage("ro", Fixtures.spec("h1", 5))).isNull();
  }

  @Test
  void setWeightOutOfRange() {
    assertThat(RolloutValidation.invalidSpecMessage("ro", steps(Step.setWeight(150))))
        .isEqualTo(
            "The Rollout \"ro\" is invalid: spec.strategy.steps[0].setWeight: Invalid value:"
                + " 150: SetWeight needs to be between 0 and 100");
  }

  @Test
  void badPauseDuration() {
    assertThat(RolloutValidation.validate(steps(Step.setWeight(10), Step.pause(-1L))))
        .containsExactly(
            "spec.strategy.steps[1].pause.duration: Invalid value: -1: Duration needs"
                + " to be greater than 0");
  }

  @Test
  void stepsWithoutExactlyOneAction() {
    assertThat(RolloutValidation.validate(steps(Step.malformed(List.of("setWeight", "pause")))))
        .containsExactly(
            "spec.strategy.steps[0]: Invalid value: \"step.Experiment: false"
                + " step.Pause: true step.SetWeight: true step.Analysis: false\": Step must have one of"
                + " the following set: experiment, setWeight, setCanaryScale or pause");
    assertThat(RolloutValidation.validate(steps(Step.malformed(List.of()))).get(0))
        .startsWith("spec.strategy.steps[0]: Invalid value: \"step.Experiment: true");
  }

  @Test
  void strategies() {
    RolloutSpec s = Fixtures.spec("h", 1);
    assertThat(RolloutValidation.validate(with(s, s.canary(), true)))
        .containsExactly(
            "spec.strategy.strategy: Invalid value: \"blueGreen: true canary: true\":"
                + " Multiple Strategies can not be listed");
    assertThat(RolloutValidation.validate(with(s, null, false)))
        .containsExactly(
            "spec.strategy.strategy: Required value: Rollout has missing field"
                + " '.spec.strategy.canary or .spec.strategy.blueGreen'");
    // blue-green is supported: without facts about its Services there is nothing to report
    assertThat(RolloutValidation.validate(with(s, null, true))).isEmpty();
  }

  @Test
  void selectors() {
    RolloutSpec s = Fixtures.spec("h", 1);
    // a nil selector selects nothing, so upstream also reports the template labels
    assertThat(RolloutValidation.validate(selector(s, null)))
        .containsExactly(
            "spec.selector: Required value: Rollout has missing field '.spec.selector'",
            "spec.template.metadata.labels: Invalid value: {\"app\":\"demo\"}: `selector` does"
                + " not match template `labels`");
    assertThat(RolloutValidation.validate(selector(s, Map.of())).get(0))
        .startsWith("spec.selector: Invalid value: ")
        .endsWith("empty selector is invalid for deployment");
    assertThat(RolloutValidation.validate(selector(s, Map.of("app", "other"))))
        .containsExactly(
            "spec.template.metadata.labels: Invalid value: {\"app\":\"demo\"}: `selector` does"
                + " not match template `labels`");
  }

  @Test
  void numbersAndBudgets() {
    RolloutSpec s = Fixtures.spec("h", -1);
    assertThat(RolloutValidation.validate(s))
        .containsExactly("spec.replicas: Invalid value: -1: must be greater than or equal to 0");
    RolloutSpec.CanarySpec zero =
        new RolloutSpec.CanarySpec(
            Fixtures.STEPS, "x", new IntOrPercent(0, false), new IntOrPercent(0, true), List.of());
    assertThat(RolloutValidation.validate(with(Fixtures.spec("h", 1), zero, false)))
        .containsExactly(
            "spec.strategy.maxSurge: Invalid value: 0: MaxSurge and MaxUnavailable"
                + " both can not be zero");
    RolloutSpec slow =
        new RolloutSpec(
            1,
            Map.of("app", "demo"),
            false,
            Map.of("app", "demo"),
            "h",
            Map.of(),
            30,
            30,
            null,
            false,
            Fixtures.spec("h", 1).canary(),
            false,
            List.of());
    assertThat(RolloutValidation.validate(slow))
        .containsExactly(
            "spec.progressDeadlineSeconds: Invalid value: 30: must be greater than"
                + " minReadySeconds");
  }

  @Test
  void decodeErrorsAndUnsupportedFeatures() {
    RolloutSpec s = Fixtures.spec("h", 1);
    RolloutSpec broken =
        new RolloutSpec(
            1,
            s.selectorMatchLabels(),
            false,
            s.templateLabels(),
            "h",
            Map.of(),
            0,
            null,
            null,
            false,
            s.canary(),
            false,
            List.of("spec.replicas: not a number"));
    assertThat(RolloutValidation.validate(broken)).containsExactly("spec.replicas: not a number");
    RolloutSpec.CanarySpec routed =
        new RolloutSpec.CanarySpec(
            List.of(Step.unsupported("experiment")), "x", null, null, List.of("trafficRouting"));
    assertThat(RolloutValidation.validate(with(s, routed, false)))
        .containsExactly(
            "spec.strategy.canary.trafficRouting: trafficRouting is not supported by Stepwise yet",
            "spec.strategy.canary.steps[0].experiment: step experiment is not supported by Stepwise"
                + " yet");
  }

  @Test
  void anInvalidSpecMakesNoProgressAndShowsDegraded() {
    FakeCluster c = new FakeCluster();
    c.apply(steps(Step.setWeight(150)));
    c.settle();
    assertThat(c.state.currentHash()).isNull();
    assertThat(c.replicaSets).isEmpty();
    assertThat(c.status.phase()).isEqualTo("Degraded");
    assertThat(c.status.message()).startsWith("InvalidSpec: The Rollout \"ro\" is invalid: ");
    assertThat(c.status.conditions())
        .anyMatch(x -> x.type().equals("InvalidSpec") && x.status().equals("True"));
  }

  private static RolloutSpec steps(Step... steps) {
    return Fixtures.spec("h", 5, List.of(steps), "x");
  }

  private static RolloutSpec with(RolloutSpec s, RolloutSpec.CanarySpec canary, boolean blueGreen) {
    return new RolloutSpec(
        s.replicas(),
        s.selectorMatchLabels(),
        false,
        s.templateLabels(),
        s.podTemplateHash(),
        s.images(),
        0,
        null,
        null,
        false,
        canary,
        blueGreen,
        List.of());
  }

  private static RolloutSpec selector(RolloutSpec s, Map<String, String> match) {
    return new RolloutSpec(
        s.replicas(),
        match,
        false,
        s.templateLabels(),
        s.podTemplateHash(),
        s.images(),
        0,
        null,
        null,
        false,
        s.canary(),
        false,
        List.of());
  }
}
