package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code status} exit codes and lines, and {@code list rollouts} as upstream prints them. */
@EnableKubernetesMockClient(crud = true)
class StatusAndListIT {
  KubernetesMockServer server;
  KubernetesClient client;
  MockCluster cluster;
  final JsonNode fixture = Fixtures.json("canary-paused.json");

  @BeforeEach
  void setUp() {
    cluster = new MockCluster(client);
  }

  private void create(String name, Consumer<ObjectNode> change) {
    ObjectNode ro = Fixtures.rollout(fixture);
    ObjectNode meta = (ObjectNode) ro.get("metadata");
    meta.remove(List.of("uid", "generation", "creationTimestamp"));
    meta.put("name", name);
    ((ObjectNode) ro.get("status")).remove("observedGeneration");
    change.accept(ro);
    cluster.createRollout(ro);
  }

  private static void healthy(ObjectNode ro) {
    ObjectNode status = (ObjectNode) ro.get("status");
    status.remove(List.of("pauseConditions", "controllerPause"));
    status.put("currentStepIndex", 4).put("stableRS", "bbb222").put("updatedReplicas", 5);
  }

  private static void aborted(ObjectNode ro) {
    ObjectNode status = (ObjectNode) ro.get("status");
    status.remove(List.of("pauseConditions", "controllerPause"));
    status.put("abort", true);
    status
        .putArray("conditions")
        .addObject()
        .put("type", "Progressing")
        .put("status", "False")
        .put("reason", "RolloutAborted")
        .put("message", "Rollout aborted update to revision 2");
  }

  @Test
  void healthyRolloutExitsZeroAtOnce() {
    create("canary-demo", StatusAndListIT::healthy);
    assertThat(cluster.run("status", "canary-demo")).isZero();
    assertThat(cluster.out.toString().lines()).containsExactly("Healthy");
  }

  @Test
  void degradedRolloutExitsOneWithUpstreamsMessage() {
    create("canary-demo", StatusAndListIT::aborted);
    assertThat(cluster.run("status", "canary-demo")).isEqualTo(1);
    assertThat(cluster.out.toString().lines())
        .containsExactly("Degraded - RolloutAborted: Rollout aborted update to revision 2");
    assertThat(cluster.err.toString().lines())
        .containsExactly(
            "Error: The rollout is in a degraded state with message: RolloutAborted: Rollout"
                + " aborted update to revision 2");
  }

  @Test
  void pausedRolloutIsWatchedUntilTheTimeout() {
    create("canary-demo", ro -> {});
    assertThat(cluster.run("status", "canary-demo", "--timeout", "1s")).isEqualTo(1);
    assertThat(cluster.out.toString().lines()).containsExactly("Paused - CanaryPauseStep");
    assertThat(cluster.err.toString().lines())
        .containsExactly("Error: Rollout status watch exceeded timeout");
  }

  @Test
  void withoutWatchAPausedRolloutPrintsItsStatusAndExitsZero() {
    create("canary-demo", ro -> {});
    assertThat(cluster.run("status", "canary-demo", "--watch=false")).isZero();
    assertThat(cluster.out.toString().lines()).containsExactly("Paused - CanaryPauseStep");
  }

  @Test
  void watchPrintsEachChangeAndEndsWhenHealthy() {
    create("canary-demo", ro -> {});
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(() -> cluster.run("status", "canary-demo", "-t", "60s"));
    await().until(() -> cluster.out.toString().contains("Paused - CanaryPauseStep"));
    patchStatus(
        "{\"status\":{\"pauseConditions\":null,\"controllerPause\":null,\"currentStepIndex\":2}}");
    await().until(() -> cluster.out.toString().contains("Progressing"));
    patchStatus(
        "{\"status\":{\"currentStepIndex\":4,\"stableRS\":\"bbb222\",\"updatedReplicas\":5}}");
    assertThat(exit.orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join()).isZero();
    assertThat(cluster.out.toString().lines())
        .containsExactly(
            "Paused - CanaryPauseStep",
            "Progressing - more replicas need to be updated",
            "Healthy");
  }

  @Test
  void listPrintsUpstreamsColumnsWithItsPadding() {
    create("canary-demo", ro -> {});
    create("web", StatusAndListIT::healthy);
    create("broken", StatusAndListIT::aborted);
    assertThat(cluster.run("list", "rollouts")).isZero();
    assertThat(cluster.out.toString().lines())
        .containsExactly(
            "NAME         STRATEGY   STATUS        STEP  SET-WEIGHT  READY  DESIRED  UP-TO-DATE"
                + "  AVAILABLE",
            "broken       Canary     Degraded      1/4   0           5/5    5        1       "
                + "    5        ",
            "canary-demo  Canary     Paused        1/4   20          5/5    5        1       "
                + "    5        ",
            "web          Canary     Healthy       4/4   100         5/5    5        5       "
                + "    5        ");
  }

  @Test
  void listByNameWithNamespacesAndTimestamps() {
    create("canary-demo", ro -> {});
    create("web", StatusAndListIT::healthy);
    StepwiseCli cli =
        cluster
            .cli()
            .withClock(Clock.fixed(Instant.parse("2024-05-01T12:00:00.750Z"), ZoneOffset.UTC));
    assertThat(cli.execute("list", "ro", "--name", "web", "-A", "--timestamps")).isZero();
    assertThat(cluster.out.toString().lines())
        .containsExactly(
            "TIMESTAMP             NAMESPACE  NAME        STRATEGY   STATUS        STEP"
                + "  SET-WEIGHT  READY  DESIRED  UP-TO-DATE  AVAILABLE",
            "2024-05-01T12:00:00Z  default    web         Canary     Healthy       4/4 "
                + "  100         5/5    5        5           5        ");
  }

  @Test
  void emptyListSaysNoResourcesFound() {
    assertThat(cluster.run("list", "rollouts")).isZero();
    assertThat(cluster.out.toString()).isEmpty();
    assertThat(cluster.err.toString().lines()).containsExactly("No resources found.");
  }

  @Test
  void listWatchPrintsARowWhenARolloutChanges() {
    create("canary-demo", ro -> {});
    CompletableFuture<Void> stop = new CompletableFuture<>();
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () -> cluster.cli().withStopSignal(stop).execute("-n", "default", "list", "ro", "-w"));
    await().until(() -> cluster.out.toString().lines().count() == 2);
    patchStatus(
        "{\"status\":{\"pauseConditions\":null,\"controllerPause\":null,\"currentStepIndex\":2}}");
    await().atMost(Duration.ofSeconds(20)).until(() -> cluster.out.toString().lines().count() == 3);
    stop.complete(null);
    assertThat(exit.join()).isZero();
    assertThat(cluster.out.toString().lines().toList().get(2))
        .startsWith("canary-demo  Canary     Progressing   2/4   40 ");
  }

  private void patchStatus(String patch) {
    cluster
        .rolloutResource("canary-demo")
        .subresource("status")
        .patch(PatchContext.of(PatchType.JSON_MERGE), patch);
  }
}
