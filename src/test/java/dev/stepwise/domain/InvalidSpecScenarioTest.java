package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ValidationFacts.CanaryFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An InvalidSpec Rollout makes no progress, and rolls out once the user fixes the spec. */
class InvalidSpecScenarioTest {

  @Test
  void theInvalidSpecConditionClearsWhenTheSpecIsFixed() {
    FakeCluster c = new FakeCluster();
    // given a canary with scaleDownDelaySeconds but no traffic routing
    c.apply(withScaleDownDelay(Fixtures.spec("h1", 3), 30));
    c.settle();
    assertThat(c.replicaSets).isEmpty();
    assertThat(c.status.phase()).isEqualTo("Degraded");
    assertThat(c.status.message())
        .isEqualTo(
            "InvalidSpec: The Rollout \"ro\" is invalid: spec.strategy.scaleDownDelaySeconds:"
                + " Invalid value: 30: Canary scaleDownDelaySeconds can only be used with traffic"
                + " routing");
    assertThat(c.status.conditions())
        .anyMatch(x -> x.type().equals("InvalidSpec") && x.status().equals("True"));

    // when the user removes it
    c.apply(withScaleDownDelay(Fixtures.spec("h1", 3), null));
    c.settle();

    // then the condition is gone and the first revision is deployed
    assertThat(c.status.conditions()).noneMatch(x -> x.type().equals("InvalidSpec"));
    assertThat(c.status.phase()).isEqualTo("Healthy");
    assertThat(c.replicaSets).containsOnlyKeys("h1");
    assertThat(c.replicaSets.get("h1").specReplicas()).isEqualTo(3);
  }

  @Test
  void theFactsSurviveAManualPause() {
    RolloutSpec invalid = withScaleDownDelay(Fixtures.spec("h1", 3), 30);
    assertThat(Specs.withPaused(invalid, true).validationFacts())
        .isEqualTo(invalid.validationFacts());
  }

  private static RolloutSpec withScaleDownDelay(RolloutSpec s, Integer seconds) {
    CanaryFacts canary = new CanaryFacts("", "", seconds, false, null, null, null, null);
    ValidationFacts facts = new ValidationFacts(List.of(), true, null, canary, null);
    return new RolloutSpec(
        s.replicas(),
        s.selectorMatchLabels(),
        s.selectorHasExpressions(),
        s.templateLabels(),
        s.podTemplateHash(),
        s.images(),
        s.minReadySeconds(),
        s.progressDeadlineSeconds(),
        s.revisionHistoryLimit(),
        s.paused(),
        s.canary(),
        s.blueGreen(),
        s.decodeErrors(),
        false,
        null,
        null,
        null,
        facts);
  }
}
