package dev.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A canary Rollout driven end to end by the controller on the embedded API server (with the
 * upstream CRDs) and the simulated cluster, acted on the way a user of the upstream plugin would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CanaryRolloutIT {
  @TempDir static Path dir;
  private ControllerHarness h;

  @BeforeAll
  void start() {
    h = new ControllerHarness(dir);
  }

  @AfterAll
  void stop() {
    h.close();
  }

  @Test
  void aNewRolloutGetsOneReplicaSetAndBecomesHealthy() {
    h.createRollout("fresh", 3, "demo:blue", "- setWeight: 50\n- pause: {}");
    String hash = h.awaitFirstHealthy("fresh");
    assertThat(h.replicaSets("fresh")).containsExactly(Map.entry("fresh-" + hash, 3));
    Map<String, Object> status = h.status("fresh");
    assertThat(status)
        .containsEntry("currentStepIndex", 2)
        .containsEntry("availableReplicas", 3)
        .containsEntry("observedGeneration", "1");
    assertThat(conditionTypes(status)).contains("Available", "Progressing", "Healthy", "Completed");
  }

  @Test
  void anUpdateWalksTheStepsWithUpstreamReplicaCounts() {
    h.createRollout(
        "walk",
        5,
        "demo:blue",
        "- setWeight: 20\n- pause: {duration: 1s}\n- setWeight: 60\n- pause: {}");
    String stable = h.awaitFirstHealthy("walk");
    h.setImage("walk", "demo:green");
    h.awaitStatus(
        "walk",
        s ->
            "Paused".equals(s.get("phase"))
                && Integer.valueOf(3).equals(s.get("currentStepIndex")));
    String canary = (String) h.status("walk").get("currentPodHash");
    assertThat(canary).isNotEqualTo(stable);
    // 60% of 5: 3 canary and 2 stable (upstream's basic-canary math)
    assertThat(h.replicaSets("walk"))
        .containsEntry("walk-" + canary, 3)
        .containsEntry("walk-" + stable, 2);
    assertThat(h.status("walk")).containsEntry("message", "CanaryPauseStep");

    h.patchStatus(
        "walk", "{\"status\":{\"pauseConditions\":null}}"); // kubectl argo rollouts promote
    h.awaitHealthyOn("walk", canary);
    h.awaitStatus("walk", s -> true);
    assertThat(h.replicaSets("walk"))
        .containsEntry("walk-" + canary, 5)
        .containsEntry("walk-" + stable, 0);
  }

  @Test
  void abortScalesTheCanaryDownAndRetryStartsOver() {
    h.createRollout("oops", 5, "demo:blue", "- setWeight: 40\n- pause: {}");
    String stable = h.awaitFirstHealthy("oops");
    h.setImage("oops", "demo:red");
    h.awaitStatus("oops", s -> "Paused".equals(s.get("phase")));
    String canary = (String) h.status("oops").get("currentPodHash");

    h.patchStatus("oops", "{\"status\":{\"abort\":true}}"); // kubectl argo rollouts abort
    h.awaitStatus(
        "oops",
        s ->
            "Degraded".equals(s.get("phase"))
                && "RolloutAborted: Rollout aborted update to revision 2".equals(s.get("message")));
    h.awaitStatus("oops", s -> h.replicaSets("oops").get("oops-" + canary) == 0);
    assertThat(h.replicaSets("oops")).containsEntry("oops-" + stable, 5);

    h.patchStatus("oops", "{\"status\":{\"abort\":false}}"); // kubectl argo rollouts retry
    h.awaitStatus("oops", s -> "Paused".equals(s.get("phase")));
    assertThat(h.replicaSets("oops")).containsEntry("oops-" + canary, 2);

    h.patchStatus("oops", "{\"status\":{\"promoteFull\":true}}"); // promote --full
    h.awaitHealthyOn("oops", canary);
  }

  @Test
  void specPausedHoldsTheRolloutUntilResumed() {
    h.createRollout("hold", 4, "demo:blue", "- setWeight: 50\n- pause: {duration: 1s}");
    String stable = h.awaitFirstHealthy("hold");
    h.patchSpec("hold", "{\"spec\":{\"paused\":true}}"); // kubectl argo rollouts pause
    h.setImage("hold", "demo:green");
    h.awaitStatus(
        "hold", s -> "Paused".equals(s.get("phase")) && "manually paused".equals(s.get("message")));
    String canary = (String) h.status("hold").get("currentPodHash");
    assertThat(canary).isNotEqualTo(stable);
    assertThat(h.replicaSets("hold").getOrDefault("hold-" + canary, 0)).isZero();

    h.patchSpec("hold", "{\"spec\":{\"paused\":false}}"); // resume
    h.awaitHealthyOn("hold", canary);
  }

  @Test
  void anInvalidRolloutIsDegradedAndOthersAreUnaffected() {
    h.createRollout("bad-weight", 2, "demo:blue", "- setWeight: 150");
    h.createRollout("good-neighbour", 2, "demo:blue", "- setWeight: 50");
    h.awaitStatus(
        "bad-weight",
        s ->
            "Degraded".equals(s.get("phase"))
                && String.valueOf(s.get("message"))
                    .startsWith("InvalidSpec: The Rollout \"bad-weight\" is invalid"));
    h.awaitFirstHealthy("good-neighbour");
    assertThat(h.replicaSets("bad-weight")).isEmpty();
    assertThat(conditionTypes(h.status("bad-weight"))).contains("InvalidSpec");

    h.patchSpec(
        "bad-weight",
        "{\"spec\":{\"strategy\":{\"canary\":{\"steps\":[{\"setWeight\":50}]}}}}"); // fixed
    h.awaitFirstHealthy("bad-weight");
    assertThat(conditionTypes(h.status("bad-weight"))).doesNotContain("InvalidSpec");
  }

  @Test
  void theScaleSubresourceDrivesTheRolloutAsKubectlScaleOrAnHpaWould() {
    h.createRollout("scaled", 2, "demo:blue", "- setWeight: 50\n- pause: {}");
    String hash = h.awaitFirstHealthy("scaled");
    h.scale("scaled", 4); // .../rollouts/scaled/scale, as kubectl scale and the HPA do
    h.awaitStatus(
        "scaled",
        s ->
            Integer.valueOf(4).equals(s.get("HPAReplicas"))
                && Integer.valueOf(4).equals(s.get("availableReplicas")));
    assertThat(h.replicaSets("scaled")).containsEntry("scaled-" + hash, 4);
    assertThat(h.status("scaled")).containsEntry("selector", "app=scaled");
  }

  @SuppressWarnings("unchecked")
  private static List<String> conditionTypes(Map<String, Object> status) {
    Object conditions = status.get("conditions");
    if (!(conditions instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().map(c -> String.valueOf(((Map<String, Object>) c).get("type"))).toList();
  }
}
