package dev.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.AnalysisRequest;
import dev.stepwise.domain.analysis.RolloutRuns;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rollout-side analysis end to end on the embedded API server with the upstream CRDs, with a {@link
 * ScriptedAnalysisRunner} standing in for the real runner (to switch once it is merged): a canary
 * whose background analysis fails rolls back, and a blue-green whose post-promotion analysis fails
 * switches the active Service back to stable.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolloutAnalysisScriptedRunnerIT {
  @TempDir static Path dir;
  ControllerHarness h;
  ScriptedAnalysisRunner runner =
      new ScriptedAnalysisRunner(Duration.ofMillis(800), RolloutAnalysisScriptedRunnerIT::outcome);

  @BeforeAll
  void start() {
    h = new ControllerHarness(dir, runner);
  }

  @AfterAll
  void stop() {
    h.close();
  }

  @Test
  void aCanaryWhoseBackgroundAnalysisFailsRollsBackByItself() {
    h.create(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata: {name: shop}
        spec:
          replicas: 4
          selector: {matchLabels: {app: shop}}
          template:
            metadata: {labels: {app: shop}}
            spec: {containers: [{name: app, image: "shop:1"}]}
          strategy:
            canary:
              analysis:
                startingStep: 1
                templates: [{templateName: error-rate}]
                args: [{name: image, valueFrom: {fieldRef: {fieldPath: "spec.template.spec.containers[0].image"}}}]
              steps:
              - setWeight: 25
              - analysis: {templates: [{templateName: smoke}]}
              - setWeight: 50
              - pause: {duration: 5s}
        """);
    String v1 = h.awaitFirstHealthy("shop");
    // a good update: the step run passes, the background run is terminated on promotion
    h.setImage("shop", "shop:2");
    h.awaitStatus("shop", s -> "Healthy".equals(s.get("phase")) && !v1.equals(s.get("stableRS")));
    String v2 = (String) h.status("shop").get("stableRS");
    assertThat(runner.started)
        .extracting(AnalysisRequest::runName)
        .contains("shop-" + v2 + "-2-1", "shop-" + v2 + "-2");
    assertThat(runner.started)
        .filteredOn(r -> r.kind() == RolloutRuns.Kind.BACKGROUND)
        .allSatisfy(r -> assertThat(r.args()).anyMatch(a -> "shop:2".equals(a.value())));
    assertThat(runner.terminated).contains("shop-" + v2 + "-2");

    // an update whose metrics are bad (the pods themselves are fine): the background run fails and
    // the rollout aborts back to stable
    h.setImage("shop", "shop:3");
    h.awaitStatus("shop", s -> "Degraded".equals(s.get("phase")));
    Map<String, Object> status = h.status("shop");
    assertThat((String) status.get("message"))
        .startsWith("RolloutAborted: Rollout aborted update to revision 3: ")
        .endsWith("Background analysis phase error/failed: Metric \"error-rate\" assessed Failed");
    assertThat(status.get("stableRS")).isEqualTo(v2);
    h.awaitStatus(
        "shop",
        s ->
            h.replicaSets("shop").entrySet().stream()
                .allMatch(e -> e.getKey().endsWith(v2) || e.getValue() == 0));
    assertThat(h.replicaSets("shop")).containsEntry("shop-" + v2, 4);
  }

  @Test
  void aBlueGreenWhosePostPromotionAnalysisFailsRevertsTheActiveService() {
    BlueGreenFixture bg = new BlueGreenFixture(h);
    bg.services("cart");
    bg.rollout(
        "cart",
        2,
        "cart:1",
        """
        abortScaleDownDelaySeconds: 0
        postPromotionAnalysis: {templates: [{templateName: soak}]}
        """);
    String v1 = h.awaitFirstHealthy("cart");
    h.setImage("cart", "cart:2");
    h.awaitStatus("cart", s -> "Degraded".equals(s.get("phase")));
    Map<String, Object> status = h.status("cart");
    assertThat((String) status.get("message"))
        .isEqualTo(
            "RolloutAborted: Rollout aborted update to revision 2: Blue/green post-promotion"
                + " analysis phase error/failed: Metric \"error-rate\" assessed Failed");
    assertThat(bg.selector("cart-active")).isEqualTo(v1);
    assertThat(status.get("stableRS")).isEqualTo(v1);
    @SuppressWarnings("unchecked")
    Map<String, Object> bgStatus = (Map<String, Object>) status.get("blueGreen");
    @SuppressWarnings("unchecked")
    Map<String, Object> post = (Map<String, Object>) bgStatus.get("postPromotionAnalysisRunStatus");
    assertThat(post).containsEntry("status", "Failed");
    assertThat((String) post.get("name")).endsWith("-2-post");
  }

  /**
   * shop's revision 3 has a failing background analysis; cart's revision 2 a failing post-promotion
   * analysis; everything else passes (background runs measure until terminated).
   */
  static AnalysisPhase outcome(AnalysisRequest r) {
    boolean shopBad = r.rolloutName().equals("shop") && r.revision() == 3;
    boolean cartBad = r.rolloutName().equals("cart") && r.revision() == 2;
    if (r.kind() == RolloutRuns.Kind.BACKGROUND) {
      return shopBad ? AnalysisPhase.FAILED : null;
    }
    return cartBad ? AnalysisPhase.FAILED : AnalysisPhase.SUCCESSFUL;
  }
}
