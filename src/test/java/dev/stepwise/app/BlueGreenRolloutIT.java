package dev.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blue-green Rollouts through the real controller on the embedded API server with the upstream
 * CRDs: Service selectors before, during and after an update, manual promotion with a preview size,
 * abort and retry, and a fast rollback to a revision that is still scaled up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlueGreenRolloutIT {
  @TempDir static Path dir;
  private ControllerHarness h;
  private BlueGreenFixture bg;

  @BeforeAll
  void start() {
    // analysis runs keep running until terminated, so a post-promotion run holds the rollout
    h = new ControllerHarness(dir, new ScriptedAnalysisRunner(java.time.Duration.ZERO, r -> null));
    bg = new BlueGreenFixture(h);
  }

  @AfterAll
  void stop() {
    h.close();
  }

  @Test
  void anAutoPromotedUpdateSwitchesTheServicesAndScalesTheOldRevisionDownAfterTheDelay() {
    bg.services("auto");
    assertThat(bg.selector("auto-active")).isNull();
    bg.rollout("auto", 3, "demo:blue", "scaleDownDelaySeconds: 4");
    String blue = h.awaitFirstHealthy("auto");
    await().atMost(Duration.ofSeconds(10)).until(() -> blue.equals(bg.selector("auto-active")));
    assertThat(bg.selector("auto-preview")).isEqualTo(blue);
    assertThat(bg.managedBy("auto-active")).isEqualTo("auto");
    assertThat(h.status("auto"))
        .containsEntry("selector", "app=auto,rollouts-pod-template-hash=" + blue);

    h.setImage("auto", "demo:green");
    h.awaitStatus("auto", s -> !blue.equals(s.get("currentPodHash")));
    String green = (String) h.status("auto").get("currentPodHash");
    // during: preview on green at once, active still on blue until green is saturated
    await().atMost(Duration.ofSeconds(10)).until(() -> green.equals(bg.selector("auto-preview")));
    h.awaitHealthyOn("auto", green);
    Instant switched = Instant.now();
    assertThat(bg.selector("auto-active")).isEqualTo(green);
    assertThat(BlueGreenFixture.activeSelector(h.status("auto"))).isEqualTo(green);
    // the old revision keeps its pods until its deadline, then goes
    assertThat(h.replicaSets("auto")).containsEntry("auto-" + blue, 3);
    String deadline = bg.deadline("auto", blue);
    assertThat(deadline).isNotNull();
    assertThat(Instant.parse(deadline))
        .isBetween(switched.minusSeconds(4), switched.plusSeconds(5));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> Integer.valueOf(0).equals(h.replicaSets("auto").get("auto-" + blue)));
    assertThat(Instant.now()).isAfterOrEqualTo(Instant.parse(deadline));
    assertThat(h.replicaSets("auto")).containsEntry("auto-" + green, 3);
    assertThat(events("auto"))
        .contains(
            "SwitchService: Switched selector for service 'auto-active' from '"
                + blue
                + "' to '"
                + green
                + "'");
  }

  @Test
  void manualPromotionWithAPreviewReplicaCount() {
    bg.services("manual");
    bg.rollout("manual", 3, "demo:blue", "autoPromotionEnabled: false\npreviewReplicaCount: 1");
    String blue = h.awaitFirstHealthy("manual");
    h.setImage("manual", "demo:green");
    h.awaitStatus("manual", s -> "Paused".equals(s.get("phase")));
    assertThat(h.status("manual")).containsEntry("message", "BlueGreenPause");
    String green = (String) h.status("manual").get("currentPodHash");
    assertThat(h.replicaSets("manual"))
        .containsEntry("manual-" + green, 1)
        .containsEntry("manual-" + blue, 3);
    assertThat(bg.selector("manual-active")).isEqualTo(blue);
    assertThat(bg.selector("manual-preview")).isEqualTo(green);

    // promote, as `kubectl argo rollouts promote` does for a blue-green pause
    h.patchStatus("manual", "{\"status\":{\"pauseConditions\":null}}");
    h.awaitHealthyOn("manual", green);
    assertThat(bg.selector("manual-active")).isEqualTo(green);
    assertThat(h.replicaSets("manual")).containsEntry("manual-" + green, 3);
  }

  @Test
  void abortSwitchesBackToStableAndRetryResumes() {
    bg.services("gated");
    // a post-promotion analysis run (that never completes here) holds the rollout after the switch
    bg.rollout(
        "gated",
        2,
        "demo:blue",
        "abortScaleDownDelaySeconds: 2\n"
            + "postPromotionAnalysis:\n  templates:\n  - templateName: success-rate");
    String blue = h.awaitFirstHealthy("gated");
    h.setImage("gated", "demo:green");
    h.awaitStatus("gated", s -> !blue.equals(s.get("currentPodHash")));
    String green = (String) h.status("gated").get("currentPodHash");
    await().atMost(Duration.ofSeconds(20)).until(() -> green.equals(bg.selector("gated-active")));
    h.awaitStatus(
        "gated", s -> "waiting for analysis to complete".equals(String.valueOf(s.get("message"))));
    assertThat(h.status("gated")).containsEntry("stableRS", blue);

    h.patchStatus("gated", "{\"status\":{\"abort\":true}}");
    h.awaitStatus("gated", s -> "Degraded".equals(s.get("phase")));
    assertThat(h.status("gated").get("message"))
        .isEqualTo("RolloutAborted: Rollout aborted update to revision 2");
    await().atMost(Duration.ofSeconds(10)).until(() -> blue.equals(bg.selector("gated-active")));
    // the preview goes after abortScaleDownDelaySeconds
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> Integer.valueOf(0).equals(h.replicaSets("gated").get("gated-" + green)));

    h.patchStatus("gated", "{\"status\":{\"abort\":false}}");
    await().atMost(Duration.ofSeconds(20)).until(() -> green.equals(bg.selector("gated-active")));
    h.awaitStatus(
        "gated",
        s ->
            "Progressing".equals(s.get("phase"))
                && "waiting for analysis to complete".equals(String.valueOf(s.get("message"))));
    assertThat(h.replicaSets("gated")).containsEntry("gated-" + green, 2);
  }

  @Test
  void goingBackToAStillScaledRevisionIsAnImmediateSwitch() {
    bg.services("back");
    bg.rollout("back", 2, "demo:blue", "scaleDownDelaySeconds: 60");
    String blue = h.awaitFirstHealthy("back");
    h.setImage("back", "demo:green");
    h.awaitStatus("back", s -> !blue.equals(s.get("currentPodHash")));
    String green = (String) h.status("back").get("currentPodHash");
    h.awaitHealthyOn("back", green);
    assertThat(h.replicaSets("back")).containsEntry("back-" + blue, 2);
    assertThat(bg.deadline("back", blue)).isNotNull();

    h.setImage("back", "demo:blue");
    h.awaitHealthyOn("back", blue);
    assertThat(bg.selector("back-active")).isEqualTo(blue);
    // no third ReplicaSet, blue was never scaled down, and its deadline is gone; green waits now
    assertThat(h.replicaSets("back"))
        .containsOnlyKeys("back-" + blue, "back-" + green)
        .containsEntry("back-" + blue, 2);
    await().atMost(Duration.ofSeconds(10)).until(() -> bg.deadline("back", blue) == null);
    assertThat(bg.deadline("back", green)).isNotNull();
    assertThat(h.status("back")).doesNotContainKey("pauseConditions");
  }

  @Test
  void aMissingServiceIsAnInvalidSpec() {
    bg.rollout("nosvc", 1, "demo:blue", "");
    h.awaitStatus("nosvc", s -> "Degraded".equals(s.get("phase")));
    assertThat(h.status("nosvc").get("message"))
        .isEqualTo(
            "InvalidSpec: The Rollout \"nosvc\" is invalid: spec.strategy.blueGreen.activeService:"
                + " Invalid value: \"nosvc-active\": service \"nosvc-active\" not found");
    assertThat(h.replicaSets("nosvc")).isEmpty();
    // the Services appear: the rollout goes ahead
    bg.services("nosvc");
    String hash = h.awaitFirstHealthy("nosvc");
    await().atMost(Duration.ofSeconds(10)).until(() -> hash.equals(bg.selector("nosvc-active")));
  }

  private List<String> events(String rollout) {
    return h.client().v1().events().inNamespace(ControllerHarness.NS).list().getItems().stream()
        .filter(e -> rollout.equals(e.getInvolvedObject().getName()))
        .map((Event e) -> e.getReason() + ": " + e.getMessage())
        .toList();
  }
}
