package dev.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.stepwise.kube.Rollouts;
import dev.stepwise.kube.spec.PodTemplateHasher;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Rollout with {@code spec.workloadRef} to a Deployment: it rolls out the Deployment's template,
 * follows changes of the Deployment, and scales the Deployment down as {@code scaleDown} says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkloadRefIT {
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
  void rollsOutTheDeploymentsTemplateAndScalesItDownProgressively() {
    createDeployment("shop", "demo:blue");
    createRollout("shop", "progressively");
    String hash = h.awaitFirstHealthy("shop");

    ReplicaSet rs = replicaSet("shop-" + hash);
    assertThat(rs.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .isEqualTo("demo:blue");
    assertThat(hash).isEqualTo(PodTemplateHasher.hash(deploymentTemplate("shop"), null));
    assertThat(rs.getSpec().getSelector().getMatchLabels()).containsEntry("app", "shop");
    await().atMost(Duration.ofSeconds(20)).until(() -> deploymentReplicas("shop") == 0);
    // scaling the Deployment down changed its spec, so its generation moved on: the Rollout follows
    awaitGenerationMirrored("shop");

    setDeploymentImage("shop", "demo:green");
    h.awaitStatus(
        "shop", s -> "Paused".equals(s.get("phase")) && !hash.equals(s.get("currentPodHash")));
    String canary = (String) h.status("shop").get("currentPodHash");
    assertThat(replicaSet("shop-" + canary).getSpec().getTemplate().getSpec().getContainers())
        .first()
        .satisfies(c -> assertThat(c.getImage()).isEqualTo("demo:green"));
    awaitGenerationMirrored("shop");
    assertThat(deploymentReplicas("shop")).as("never scaled back up").isZero();
  }

  @Test
  void onSuccessScalesTheDeploymentToZeroOnceHealthyAndNeverLeavesItAlone() {
    createDeployment("once", "demo:blue");
    createRollout("once", "onsuccess");
    createDeployment("kept", "demo:blue");
    createRollout("kept", "never");
    h.awaitFirstHealthy("once");
    h.awaitFirstHealthy("kept");
    await().atMost(Duration.ofSeconds(20)).until(() -> deploymentReplicas("once") == 0);
    assertThat(deploymentReplicas("kept")).isEqualTo(3);
  }

  @Test
  void aMissingWorkloadIsAnInvalidSpecUntilItAppears() {
    createRollout("later", "never");
    h.awaitStatus(
        "later",
        s ->
            "Degraded".equals(s.get("phase"))
                && String.valueOf(s.get("message"))
                    .contains("deployments.apps \"later\" not found"));
    createDeployment("later", "demo:blue");
    h.awaitFirstHealthy("later");
  }

  private void awaitGenerationMirrored(String name) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              String generation =
                  Long.toString(
                      h.client()
                          .apps()
                          .deployments()
                          .inNamespace(ControllerHarness.NS)
                          .withName(name)
                          .get()
                          .getMetadata()
                          .getGeneration());
              return generation.equals(h.status(name).get("workloadObservedGeneration"))
                  && generation.equals(
                      h.rollout(name)
                          .getMetadata()
                          .getAnnotations()
                          .get("rollout.argoproj.io/workload-generation"));
            });
  }

  private void createDeployment(String name, String image) {
    h.client()
        .apps()
        .deployments()
        .inNamespace(ControllerHarness.NS)
        .resource(
            h.client()
                .getKubernetesSerialization()
                .unmarshal(
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: %1$s
                    spec:
                      replicas: 3
                      selector:
                        matchLabels:
                          app: %1$s
                      template:
                        metadata:
                          labels:
                            app: %1$s
                        spec:
                          containers:
                          - name: app
                            image: %2$s
                    """
                        .formatted(name, image),
                    Deployment.class))
        .create();
  }

  private void createRollout(String name, String scaleDown) {
    h.create(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata:
          name: %1$s
        spec:
          replicas: 3
          workloadRef:
            apiVersion: apps/v1
            kind: Deployment
            name: %1$s
            scaleDown: %2$s
          strategy:
            canary:
              steps:
              - setWeight: 34
              - pause: {}
        """
            .formatted(name, scaleDown));
  }

  private void setDeploymentImage(String name, String image) {
    h.client()
        .apps()
        .deployments()
        .inNamespace(ControllerHarness.NS)
        .withName(name)
        .edit(
            d -> {
              d.getSpec().getTemplate().getSpec().getContainers().get(0).setImage(image);
              return d;
            });
  }

  private int deploymentReplicas(String name) {
    return h.client()
        .apps()
        .deployments()
        .inNamespace(ControllerHarness.NS)
        .withName(name)
        .get()
        .getSpec()
        .getReplicas();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> deploymentTemplate(String name) {
    Deployment d =
        h.client().apps().deployments().inNamespace(ControllerHarness.NS).withName(name).get();
    return h.client()
        .getKubernetesSerialization()
        .convertValue(d.getSpec().getTemplate(), Map.class);
  }

  private ReplicaSet replicaSet(String name) {
    return h
        .client()
        .apps()
        .replicaSets()
        .inNamespace(ControllerHarness.NS)
        .withLabel(Rollouts.HASH_LABEL)
        .list()
        .getItems()
        .stream()
        .filter(rs -> rs.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
