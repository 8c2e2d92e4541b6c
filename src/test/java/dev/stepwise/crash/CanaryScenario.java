package dev.stepwise.crash;

import static org.awaitility.Awaitility.await;

import dev.stepwise.kube.Rollouts;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The user's side of one multi-step canary: create a Rollout, wait for it, change the image, abort
 * at the indefinite pause, retry, promote at the indefinite pause the second time, wait for it to
 * be Healthy. Each wait is for a state that lasts until the user acts, so a controller that is down
 * for a while delays the scenario but never makes it miss a step.
 */
final class CanaryScenario {
  static final String NS = "default";
  static final int REPLICAS = 5;
  static final int MAX_UNAVAILABLE = 1;
  static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
  static final String STEPS =
      """
      - setWeight: 20
      - pause: {duration: 2s}
      - setWeight: 40
      - pause: {}
      - setWeight: 80
      - pause: {duration: 1s}
      """;

  /** Instants of the scenario a test may act on (kill the controller, inject faults). */
  enum Milestone {
    UPDATED,
    TIMED_PAUSE,
    ABORTED,
    RETRIED,
    PROMOTED
  }

  /** What one run left behind: the two pod template hashes. */
  record Hashes(String stable, String canary) {}

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final KubernetesClient client;
  private final String name;
  private final ReplicaSetRecorder replicaSets;

  CanaryScenario(KubernetesClient client, String name, ReplicaSetRecorder replicaSets) {
    this.client = client;
    this.name = name;
    this.replicaSets = replicaSets;
  }

  Hashes run(Consumer<Milestone> at) {
    create();
    awaitStatus("first revision Healthy", s -> "Healthy".equals(s.get("phase")) && stable(s));
    String stable = (String) status().get("stableRS");
    patch(
        "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"demo:green\"}]}}}}");
    at.accept(Milestone.UPDATED);
    awaitStatus(
        "in or past the timed pause",
        s -> stepIndex(s) >= 1 && !stable.equals(s.get("currentPodHash")));
    at.accept(Milestone.TIMED_PAUSE);
    awaitStatus("paused at step 3", s -> stepIndex(s) == 3 && paused(s));
    patchStatus("{\"status\":{\"abort\":true}}");
    at.accept(Milestone.ABORTED);
    String canary = (String) status().get("currentPodHash");
    awaitStatus(
        "aborted, canary scaled down",
        s -> "Degraded".equals(s.get("phase")) && sizes(stable) == REPLICAS && sizes(canary) == 0);
    patchStatus("{\"status\":{\"abort\":false}}");
    at.accept(Milestone.RETRIED);
    awaitStatus("retried", s -> stepIndex(s) < 3 && !Boolean.TRUE.equals(s.get("abort")));
    awaitStatus("paused at step 3 again", s -> stepIndex(s) == 3 && paused(s));
    patchStatus("{\"status\":{\"pauseConditions\":null}}");
    at.accept(Milestone.PROMOTED);
    awaitStatus(
        "Healthy on the canary",
        s ->
            "Healthy".equals(s.get("phase"))
                && canary.equals(s.get("stableRS"))
                && canary.equals(s.get("currentPodHash")));
    return new Hashes(stable, canary);
  }

  private void create() {
    String yaml =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata:
          name: %1$s
        spec:
          replicas: %2$d
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
                image: demo:blue
          strategy:
            canary:
              maxUnavailable: %3$d
              steps:
        %4$s
        """
            .formatted(name, REPLICAS, MAX_UNAVAILABLE, STEPS.indent(6).stripTrailing());
    GenericKubernetesResource ro =
        client.getKubernetesSerialization().unmarshal(yaml, GenericKubernetesResource.class);
    Rollouts.of(client).inNamespace(NS).resource(ro).create();
  }

  private void patch(String json) {
    Rollouts.of(client)
        .inNamespace(NS)
        .withName(name)
        .patch(PatchContext.of(PatchType.JSON_MERGE), json);
  }

  /** A status merge patch, exactly as the upstream kubectl plugin sends it. */
  private void patchStatus(String json) {
    Rollouts.of(client)
        .inNamespace(NS)
        .withName(name)
        .subresource("status")
        .patch(PatchContext.of(PatchType.JSON_MERGE), json);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> status() {
    GenericKubernetesResource ro = Rollouts.of(client).inNamespace(NS).withName(name).get();
    Object status = ro == null ? null : ro.getAdditionalProperties().get("status");
    return status instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private int sizes(String hash) {
    List<ReplicaSetRecorder.Snapshot> h = replicaSets.history(name);
    return h.isEmpty() ? -1 : h.get(h.size() - 1).of(hash).spec();
  }

  private void awaitStatus(String what, Predicate<Map<String, Object>> condition) {
    try {
      await(name + ": " + what)
          .atMost(PATIENCE)
          .pollInterval(Duration.ofMillis(50))
          .until(() -> condition.test(status()));
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError(
          e.getMessage() + "; status " + status() + "; ReplicaSets " + replicaSets.history(name),
          e);
    }
  }

  private static boolean stable(Map<String, Object> s) {
    return s.get("stableRS") != null && s.get("stableRS").equals(s.get("currentPodHash"));
  }

  private static int stepIndex(Map<String, Object> s) {
    return s.get("currentStepIndex") instanceof Number n ? n.intValue() : -1;
  }

  private static boolean paused(Map<String, Object> s) {
    return s.get("pauseConditions") instanceof List<?> l && !l.isEmpty();
  }
}
