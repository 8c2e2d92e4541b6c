package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The patches {@code promote} chooses, case by case as in the upstream plugin (semantics §4). */
class PromotionTest {
  private final JsonNode fixture = Fixtures.json("canary-paused.json");

  private ObjectNode rollout() {
    return Fixtures.rollout(fixture);
  }

  private static ObjectNode status(ObjectNode ro) {
    return (ObjectNode) ro.get("status");
  }

  @Test
  void pausedByAStepClearsPauseConditionsOnly() {
    Promotion p = Promotion.of(rollout(), false);
    assertThat(p.statusPatch()).isEqualTo("{\"status\":{\"pauseConditions\":null}}");
    assertThat(p.specPatch()).isNull();
    assertThat(p.unifiedPatch())
        .isEqualTo("{\"spec\":{\"paused\":false},\"status\":{\"pauseConditions\":null}}");
  }

  @Test
  void manuallyPausedAlsoUnpausesTheSpec() {
    ObjectNode ro = rollout();
    ((ObjectNode) ro.get("spec")).put("paused", true);
    assertThat(Promotion.of(ro, false).specPatch()).isEqualTo("{\"spec\":{\"paused\":false}}");
  }

  @Test
  void notPausedSkipsTheCurrentStepAndStopsAtTheEnd() {
    ObjectNode ro = rollout();
    status(ro).remove("pauseConditions");
    status(ro).put("currentStepIndex", 2);
    assertThat(Promotion.of(ro, false).statusPatch())
        .isEqualTo("{\"status\":{\"pauseConditions\":null,\"currentStepIndex\":3}}");
    status(ro).put("currentStepIndex", 4);
    assertThat(Promotion.of(ro, false).statusPatch())
        .isEqualTo("{\"status\":{\"pauseConditions\":null,\"currentStepIndex\":4}}");
  }

  @Test
  void inconclusiveStepAnalysisAlsoClearsControllerPause() {
    ObjectNode ro = rollout();
    status(ro)
        .putObject("canary")
        .putObject("currentStepAnalysisRunStatus")
        .put("status", "Inconclusive");
    assertThat(Promotion.of(ro, false).statusPatch())
        .isEqualTo(
            "{\"status\":{\"pauseConditions\":null,\"controllerPause\":false,\"currentStepIndex\":2}}");
  }

  @Test
  void fullPromotionOnlyWhenNotAlreadyStable() {
    ObjectNode ro = rollout();
    assertThat(Promotion.of(ro, true).statusPatch())
        .isEqualTo("{\"status\":{\"promoteFull\":true}}");
    status(ro).put("stableRS", "bbb222");
    assertThat(Promotion.of(ro, true).statusPatch()).isNull();
  }
}
