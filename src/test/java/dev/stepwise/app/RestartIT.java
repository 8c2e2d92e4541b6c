package dev.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.stepwise.kube.Rollouts;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.policy.v1.EvictionBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kubectl argo rollouts restart}: every pod older than spec.restartAt is replaced through
 * the Eviction API, never more than maxUnavailable at once, a PodDisruptionBudget holds it back,
 * and status.restartedAt records the restart once done.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestartIT {
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
  void restartReplacesEveryPodNeverMoreThanMaxUnavailableAtOnce() {
    h.createRollout("web", 4, "demo:blue", "- setWeight: 50\n- pause: {}");
    h.awaitFirstHealthy("web");
    await().atMost(Duration.ofSeconds(20)).until(() -> readyPods("web").size() == 4);
    Set<String> before = podNames("web");
    AtomicInteger fewestReady = new AtomicInteger(4);
    try (Watch w = watchReadyPods("web", fewestReady)) {
      String restartAt = restartNow("web");
      h.awaitStatus("web", s -> restartAt.equals(s.get("restartedAt")));
      assertThat(podNames("web")).hasSize(4).doesNotContainAnyElementsOf(before);
    }
    // 25% of 4: one pod at a time, so three stay ready throughout
    assertThat(fewestReady.get()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aDisruptionBudgetHoldsTheRestartBackUntilItAllowsEvictions() {
    h.createRollout("guarded", 2, "demo:blue", "- setWeight: 50\n- pause: {}");
    h.awaitFirstHealthy("guarded");
    await().atMost(Duration.ofSeconds(20)).until(() -> readyPods("guarded").size() == 2);
    h.client()
        .policy()
        .v1()
        .podDisruptionBudget()
        .inNamespace(ControllerHarness.NS)
        .resource(
            new PodDisruptionBudgetBuilder()
                .withNewMetadata()
                .withName("guarded")
                .endMetadata()
                .withNewSpec()
                .withMinAvailable(new IntOrString(2))
                .withNewSelector()
                .withMatchLabels(Map.of("app", "guarded"))
                .endSelector()
                .endSpec()
                .build())
        .create();
    Set<String> before = podNames("guarded");
    assertThat(evict(before.iterator().next())).as("the sandbox refuses with 429").isFalse();

    String restartAt = restartNow("guarded");
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(4))
        .until(
            () ->
                podNames("guarded").equals(before)
                    && !h.status("guarded").containsKey("restartedAt"));

    h.client()
        .policy()
        .v1()
        .podDisruptionBudget()
        .inNamespace(ControllerHarness.NS)
        .withName("guarded")
        .edit(
            p -> {
              p.getSpec().setMinAvailable(new IntOrString(1));
              return p;
            });
    h.awaitStatus("guarded", s -> restartAt.equals(s.get("restartedAt")));
    assertThat(podNames("guarded")).hasSize(2).doesNotContainAnyElementsOf(before);
  }

  private String restartNow(String name) {
    // as the plugin's `restart`: RFC 3339 in whole seconds. Pods created in the current second
    // are not "before" that second truncated (times are compared in whole seconds), so round up
    String at = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1).toString();
    h.patchSpec(name, "{\"spec\":{\"restartAt\":\"" + at + "\"}}");
    return at;
  }

  private boolean evict(String pod) {
    return h.client()
        .pods()
        .inNamespace(ControllerHarness.NS)
        .withName(pod)
        .evict(
            new EvictionBuilder()
                .withNewMetadata()
                .withName(pod)
                .withNamespace(ControllerHarness.NS)
                .endMetadata()
                .build());
  }

  private Set<String> podNames(String rollout) {
    return pods(rollout).stream().map(p -> p.getMetadata().getName()).collect(Collectors.toSet());
  }

  private Set<String> readyPods(String rollout) {
    return pods(rollout).stream()
        .filter(RestartIT::ready)
        .map(p -> p.getMetadata().getName())
        .collect(Collectors.toSet());
  }

  private java.util.List<Pod> pods(String rollout) {
    return h
        .client()
        .pods()
        .inNamespace(ControllerHarness.NS)
        .withLabel("app", rollout)
        .list()
        .getItems()
        .stream()
        .filter(p -> p.getMetadata().getDeletionTimestamp() == null)
        .toList();
  }

  private static boolean ready(Pod p) {
    return p.getMetadata().getDeletionTimestamp() == null
        && p.getStatus() != null
        && p.getStatus().getConditions() != null
        && p.getStatus().getConditions().stream()
            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  /** Watches the rollout's pods and keeps the fewest Ready pods seen at any moment. */
  private Watch watchReadyPods(String rollout, AtomicInteger fewest) {
    Map<String, Boolean> readiness = new ConcurrentHashMap<>();
    readyPods(rollout).forEach(n -> readiness.put(n, true));
    return h.client()
        .pods()
        .inNamespace(ControllerHarness.NS)
        .withLabel("app", rollout)
        .withLabel(Rollouts.HASH_LABEL)
        .watch(
            new Watcher<>() {
              @Override
              public void eventReceived(Action action, Pod pod) {
                String name = pod.getMetadata().getName();
                if (action == Action.DELETED) {
                  readiness.remove(name);
                } else {
                  readiness.put(name, ready(pod));
                }
                int now = (int) readiness.values().stream().filter(b -> b).count();
                fewest.accumulateAndGet(now, Math::min);
              }

              @Override
              public void onClose(WatcherException cause) {}
            });
  }
}
