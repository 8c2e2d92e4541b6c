package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ValidationFacts.BlueGreenFacts;
import dev.stepwise.domain.ValidationFacts.ServiceFact;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Service rules of a blue-green rollout, with upstream's messages. */
class BlueGreenValidationTest {

  static RolloutSpec withServices(List<ServiceFact> services) {
    RolloutSpec s =
        BlueGreenScenarioTest.spec(
            "h1",
            new BlueGreenSpec("active", "preview", null, true, 0, null, null, null, false, false));
    ValidationFacts facts =
        new ValidationFacts(
            List.of(),
            true,
            null,
            null,
            new BlueGreenFacts("active", "preview", null, null, services));
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
        null,
        true,
        List.of(),
        false,
        null,
        null,
        null,
        facts,
        s.blueGreenStrategy());
  }

  @Test
  void aMissingServiceIsInvalid() {
    RolloutSpec spec =
        withServices(
            List.of(
                new ServiceFact("active", false, false), new ServiceFact("preview", true, false)));
    assertThat(RolloutValidation.invalidSpecMessage("ro", spec))
        .isEqualTo(
            "The Rollout \"ro\" is invalid: spec.strategy.blueGreen.activeService: Invalid value:"
                + " \"active\": service \"active\" not found");
  }

  @Test
  void aServiceManagedByAnotherRolloutIsInvalid() {
    RolloutSpec spec =
        withServices(
            List.of(
                new ServiceFact("active", true, false), new ServiceFact("preview", true, true)));
    assertThat(RolloutValidation.validate(spec))
        .containsExactly(
            "spec.strategy.blueGreen.previewService: Invalid value: \"preview\": Service"
                + " \"preview\" is managed by another Rollout");
  }

  @Test
  void aServiceSelectingLabelsTheTemplateLacksIsInvalid() {
    RolloutSpec spec =
        withServices(
            List.of(
                new ServiceFact("active", true, false, Map.of("app", "demo", "tier", "web")),
                new ServiceFact("preview", true, false, Map.of("app", "demo"))));
    assertThat(RolloutValidation.validate(spec))
        .containsExactly(
            "spec.strategy.blueGreen.activeService: Invalid value: \"active\": Service"
                + " \"active\" has unmatch label \"tier\" in rollout");
  }

  @Test
  void existingOwnServicesAreValid() {
    RolloutSpec spec =
        withServices(
            List.of(
                new ServiceFact("active", true, false), new ServiceFact("preview", true, false)));
    assertThat(RolloutValidation.validate(spec)).isEmpty();
  }

  @Test
  void anInvalidSpecNeitherScalesNorSwitches() {
    FakeCluster c = new FakeCluster();
    c.apply(withServices(List.of(new ServiceFact("active", false, false))));
    c.settle();
    assertThat(c.replicaSets).isEmpty();
    assertThat(c.state.desired(c.context()).services()).isEmpty();
    assertThat(c.status.phase()).isEqualTo("Degraded");
    assertThat(c.status.message()).contains("service \"active\" not found");
  }
}
