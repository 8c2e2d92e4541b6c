package dev.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * previewMetadata and activeMetadata land on the preview and active ReplicaSets' pod templates, and
 * antiAffinity keeps the preview pods away from the active (stable) ones.
 */
class BlueGreenMetadataIT {

  @Test
  void thePreviewAndActiveRevisionsCarryTheirMetadataAndTheAntiAffinityTerm(@TempDir Path dir) {
    try (ControllerHarness h = new ControllerHarness(dir)) {
      BlueGreenFixture bg = new BlueGreenFixture(h);
      bg.services("meta");
      bg.rollout(
          "meta",
          2,
          "demo:blue",
          """
          autoPromotionEnabled: false
          previewMetadata:
            labels: {role: preview}
          activeMetadata:
            labels: {role: active}
          antiAffinity:
            preferredDuringSchedulingIgnoredDuringExecution: {weight: 50}
          """);
      String blue = h.awaitFirstHealthy("meta");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> "active".equals(labels(h, "meta-" + blue).get("role")));
      h.setImage("meta", "demo:green");
      h.awaitStatus("meta", s -> "Paused".equals(s.get("phase")));
      String green = (String) h.status("meta").get("currentPodHash");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> "preview".equals(labels(h, "meta-" + green).get("role")));
      assertThat(labels(h, "meta-" + blue)).containsEntry("role", "active");
      var terms =
          replicaSet(h, "meta-" + green)
              .getSpec()
              .getTemplate()
              .getSpec()
              .getAffinity()
              .getPodAntiAffinity()
              .getPreferredDuringSchedulingIgnoredDuringExecution();
      assertThat(terms).singleElement().satisfies(t -> assertThat(t.getWeight()).isEqualTo(50));
      assertThat(
              terms
                  .get(0)
                  .getPodAffinityTerm()
                  .getLabelSelector()
                  .getMatchExpressions()
                  .get(0)
                  .getValues())
          .containsExactly(blue);

      h.patchStatus("meta", "{\"status\":{\"pauseConditions\":null}}");
      h.awaitHealthyOn("meta", green);
      // promoted: the new revision is the active one now
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> "active".equals(labels(h, "meta-" + green).get("role")));
    }
  }

  private static ReplicaSet replicaSet(ControllerHarness h, String name) {
    return h.client().apps().replicaSets().inNamespace(ControllerHarness.NS).withName(name).get();
  }

  private static Map<String, String> labels(ControllerHarness h, String rs) {
    ReplicaSet r = replicaSet(h, rs);
    Map<String, String> l = r == null ? null : r.getSpec().getTemplate().getMetadata().getLabels();
    return l == null ? Map.of() : l;
  }
}
