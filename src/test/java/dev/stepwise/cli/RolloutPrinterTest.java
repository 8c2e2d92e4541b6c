package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RolloutPrinterTest {
  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
  private final JsonNode fixture = Fixtures.json("canary-paused.json");

  private String print(JsonNode rollout, boolean color) {
    StringWriter s = new StringWriter();
    new RolloutPrinter(new PrintWriter(s), color, NOW).print(Fixtures.info(fixture, rollout));
    return s.toString();
  }

  @Test
  void pausedCanaryPrintsTheUpstreamHeaderAndTree() {
    assertThat(print(fixture.get("rollout"), false))
        .isEqualTo(Fixtures.text("canary-paused.golden.txt"));
  }

  @Test
  void replicaSetsOfOtherRolloutsAreLeftOut() {
    assertThat(print(fixture.get("rollout"), false))
        .doesNotContain("someone-else")
        .doesNotContain("revision:7")
        .doesNotContain("other:1");
  }

  @Test
  void colorWrapsIconsAndTagsInAnsiCodesWithoutBreakingAlignment() {
    String colored = print(fixture.get("rollout"), true);
    assertThat(colored)
        .contains("\u001b[32m✔\u001b[0m Healthy")
        .contains("\u001b[33mcanary\u001b[0m");
    assertThat(colored.replaceAll("\u001b\\[[0-9;]*m", ""))
        .isEqualTo(Fixtures.text("canary-paused.golden.txt"));
  }

  @Test
  void abortedRolloutIsDegradedWithZeroSetWeight() {
    ObjectNode ro = Fixtures.rollout(fixture);
    ObjectNode status = (ObjectNode) ro.get("status");
    status.put("abort", true);
    status.remove("pauseConditions");
    status
        .putArray("conditions")
        .addObject()
        .put("type", "Progressing")
        .put("status", "False")
        .put("reason", "RolloutAborted")
        .put("message", "Rollout aborted update to revision 2");
    String out = print(ro, false);
    assertThat(out)
        .contains("Status:          ✖ Degraded")
        .contains("Message:         RolloutAborted: Rollout aborted update to revision 2")
        .contains("  SetWeight:     0");
  }

  @Test
  void invalidSpecShowsTheWarningIcon() {
    ObjectNode ro = Fixtures.rollout(fixture);
    ((ObjectNode) ro.get("status"))
        .putArray("conditions")
        .addObject()
        .put("type", "InvalidSpec")
        .put("status", "True")
        .put("reason", "InvalidSpec")
        .put("message", "The Rollout \"canary-demo\" is invalid: spec.selector: Required value");
    assertThat(print(ro, false)).contains("Status:          ⚠ InvalidSpec");
  }

  @Test
  void completedRolloutIsHealthyAtFullWeight() {
    ObjectNode ro = Fixtures.rollout(fixture);
    ObjectNode status = (ObjectNode) ro.get("status");
    status.remove("pauseConditions");
    status.put("controllerPause", false);
    status.put("currentStepIndex", 4);
    status.put("stableRS", "bbb222");
    status.put("updatedReplicas", 5);
    String out = print(ro, false);
    assertThat(out)
        .contains("Status:          ✔ Healthy")
        .doesNotContain("Message:")
        .contains("  Step:          4/4")
        .contains("  SetWeight:     100")
        .contains("  ActualWeight:  100")
        .contains("nginx:1.26 (stable)");
  }

  @Test
  void manualPauseWinsOverProgress() {
    ObjectNode ro = Fixtures.rollout(fixture);
    ((ObjectNode) ro.get("spec")).put("paused", true);
    assertThat(print(ro, false)).contains("Message:         manually paused");
  }

  @Test
  void blueGreenTagsTheActivePreviewAndStableRevisions() {
    ObjectNode ro = Fixtures.rollout(fixture);
    ObjectNode strategy = (ObjectNode) ro.get("spec").get("strategy");
    strategy.remove("canary");
    strategy.putObject("blueGreen").put("activeService", "active");
    ObjectNode status = (ObjectNode) ro.get("status");
    ObjectNode bg = status.putObject("blueGreen");
    bg.put("activeSelector", status.get("stableRS").asText());
    bg.put("previewSelector", status.get("currentPodHash").asText());
    String out = print(ro, false);
    assertThat(out)
        .contains("Strategy:        BlueGreen")
        .doesNotContain("SetWeight")
        .doesNotContainPattern("[ ,]canary(,|\\s*\\n)")
        .containsPattern("\\(active, stable\\)")
        .containsPattern("\\(preview\\)")
        .containsPattern("ReplicaSet .*stable,active")
        .containsPattern("ReplicaSet .*preview");
  }

  @Test
  void unobservedSpecChangeIsProgressing() {
    ObjectNode ro = Fixtures.rollout(fixture);
    ((ObjectNode) ro.get("metadata")).put("generation", 3);
    assertThat(print(ro, false))
        .contains("Status:          ◌ Progressing")
        .contains("waiting for rollout spec update to be observed");
  }
}
