package dev.stepwise.ha;

import dev.stepwise.kube.Rollouts;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The rollouts of the HA scenarios, seen from the user's side. Even-numbered ones wait at an
 * indefinite pause (a user promotes them), odd-numbered ones at a timed pause of {@link #TIMED}.
 */
final class Fleet {
  static final String NS = "default";
  static final Duration TIMED = Duration.ofSeconds(30);
  static final String INDEFINITE_STEPS =
      """
      - setWeight: 25
      - pause: {}
      - setWeight: 50
      """;
  static final String TIMED_STEPS =
      """
      - setWeight: 25
      - pause: {duration: 30s}
      - setWeight: 50
      - pause: {}
      """;

  private final KubernetesClient client;
  final List<String> names;

  Fleet(KubernetesClient client, int size) {
    this.client = client;
    this.names = IntStream.range(0, size).mapToObj(i -> "ro-%02d".formatted(i)).toList();
  }

  static boolean timed(String name) {
    return Integer.parseInt(name.substring(3)) % 2 == 1;
  }

  List<String> timedOnes() {
    return names.stream().filter(Fleet::timed).toList();
  }

  List<String> indefiniteOnes() {
    return names.stream().filter(n -> !timed(n)).toList();
  }

  void create() {
    for (String name : names) {
      String yaml =
          """
          apiVersion: argoproj.io/v1alpha1
          kind: Rollout
          metadata:
            name: %1$s
          spec:
            replicas: 2
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
                steps:
          %2$s
          """
              .formatted(
                  name, (timed(name) ? TIMED_STEPS : INDEFINITE_STEPS).indent(6).stripTrailing());
      GenericKubernetesResource ro =
          client.getKubernetesSerialization().unmarshal(yaml, GenericKubernetesResource.class);
      Rollouts.of(client).inNamespace(NS).resource(ro).create();
    }
  }

  void updateImage(String name, String image) {
    Rollouts.of(client)
        .inNamespace(NS)
        .withName(name)
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\""
                + image
                + "\"}]}}}}");
  }

  /** Promote as the upstream plugin does at a pause: clear the pause conditions. */
  void promote(String name) {
    Rollouts.of(client)
        .inNamespace(NS)
        .withName(name)
        .subresource("status")
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":{\"pauseConditions\":null}}");
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> status(String name) {
    GenericKubernetesResource ro = Rollouts.of(client).inNamespace(NS).withName(name).get();
    Object status = ro == null ? null : ro.getAdditionalProperties().get("status");
    return status instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  static int stepIndex(Map<String, Object> s) {
    return s.get("currentStepIndex") instanceof Number n ? n.intValue() : -1;
  }

  static boolean paused(Map<String, Object> s) {
    return s.get("pauseConditions") instanceof List<?> l && !l.isEmpty();
  }

  static boolean healthyOn(Map<String, Object> s, String hash) {
    return "Healthy".equals(s.get("phase"))
        && hash.equals(s.get("stableRS"))
        && hash.equals(s.get("currentPodHash"));
  }

  /** When the rollout's current pause started (status.pauseConditions[0].startTime), or null. */
  static Instant pauseStart(Map<String, Object> s) {
    if (s.get("pauseConditions") instanceof List<?> l
        && !l.isEmpty()
        && l.get(0) instanceof Map<?, ?> c
        && c.get("startTime") instanceof String t) {
      return Instant.parse(t);
    }
    return null;
  }
}
