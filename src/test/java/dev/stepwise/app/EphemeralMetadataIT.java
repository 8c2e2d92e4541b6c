package dev.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.stepwise.kube.spec.PodTemplateHasher;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * canaryMetadata / stableMetadata: the labels show which pods are canary and which stable, on the
 * live pods as well as the ReplicaSets' templates, and move to the new pods at promotion.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EphemeralMetadataIT {
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
  void rolesAppearOnLivePodsAndMoveAtPromotion() {
    h.create(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata:
          name: tagged
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: tagged
          template:
            metadata:
              labels:
                app: tagged
            spec:
              containers:
              - name: app
                image: demo:blue
          strategy:
            canary:
              canaryMetadata:
                labels:
                  role: canary
              stableMetadata:
                labels:
                  role: stable
                annotations:
                  owner: team-a
              steps:
              - setWeight: 50
              - pause: {}
        """);
    String stable = h.awaitFirstHealthy("tagged");
    awaitPods(stable, Map.of("role", "stable"), 2);
    assertThat(pods(stable))
        .allSatisfy(
            p -> assertThat(p.getMetadata().getAnnotations()).containsEntry("owner", "team-a"));

    h.setImage("tagged", "demo:green");
    h.awaitStatus("tagged", s -> "Paused".equals(s.get("phase")));
    String canary = (String) h.status("tagged").get("currentPodHash");
    awaitPods(canary, Map.of("role", "canary"), 1);
    awaitPods(stable, Map.of("role", "stable"), 1);
    assertThat(pods(canary))
        .allSatisfy(p -> assertThat(p.getMetadata().getAnnotations()).doesNotContainKey("owner"));
    assertThat(replicaSet("tagged-" + canary).getMetadata().getAnnotations())
        .containsEntry(
            "rollout.argoproj.io/ephemeral-metadata", "{\"labels\":{\"role\":\"canary\"}}");

    h.patchStatus("tagged", "{\"status\":{\"pauseConditions\":null}}");
    h.awaitHealthyOn("tagged", canary);
    awaitPods(canary, Map.of("role", "stable"), 2);
    assertThat(pods(canary))
        .allSatisfy(
            p -> assertThat(p.getMetadata().getAnnotations()).containsEntry("owner", "team-a"));
    ReplicaSet promoted = replicaSet("tagged-" + canary);
    assertThat(promoted.getSpec().getTemplate().getMetadata().getLabels())
        .containsEntry("role", "stable");
    assertThat(promoted.getMetadata().getLabels()).doesNotContainKey("role");
    @SuppressWarnings("unchecked")
    Map<String, Object> template =
        (Map<String, Object>)
            ((Map<String, Object>) h.rollout("tagged").getAdditionalProperties().get("spec"))
                .get("template");
    assertThat(canary)
        .as("the hash is the Rollout template's, without injected metadata")
        .isEqualTo(PodTemplateHasher.hash(template, null));
    ReplicaSet old = replicaSet("tagged-" + stable);
    assertThat(old.getSpec().getTemplate().getMetadata().getLabels()).doesNotContainKey("role");
    assertThat(old.getMetadata().getAnnotations())
        .doesNotContainKey("rollout.argoproj.io/ephemeral-metadata");
  }

  private void awaitPods(String hash, Map<String, String> labels, int count) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              List<Pod> pods = pods(hash);
              return pods.size() == count
                  && pods.stream()
                      .allMatch(
                          p ->
                              p.getMetadata()
                                  .getLabels()
                                  .entrySet()
                                  .containsAll(labels.entrySet()));
            });
  }

  private List<Pod> pods(String hash) {
    return h
        .client()
        .pods()
        .inNamespace(ControllerHarness.NS)
        .withLabel("rollouts-pod-template-hash", hash)
        .list()
        .getItems()
        .stream()
        .filter(p -> p.getMetadata().getDeletionTimestamp() == null)
        .toList();
  }

  private ReplicaSet replicaSet(String name) {
    return h.client().apps().replicaSets().inNamespace(ControllerHarness.NS).withName(name).get();
  }
}
