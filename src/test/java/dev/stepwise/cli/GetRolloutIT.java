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
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code get rollout} against real objects: a Rollout, its two ReplicaSets and their Pods. */
@EnableKubernetesMockClient(crud = true)
class GetRolloutIT {
  KubernetesMockServer server;
  KubernetesClient client;
  MockCluster cluster;
  final JsonNode fixture = Fixtures.json("canary-paused.json");

  @BeforeEach
  void setUp() {
    cluster = new MockCluster(client);
    ObjectNode ro = Fixtures.rollout(fixture);
    ((ObjectNode) ro.get("metadata"))
        .remove(java.util.List.of("uid", "generation", "creationTimestamp"));
    ((ObjectNode) ro.get("status")).remove("observedGeneration");
    String uid = Json.text(cluster.createRollout(ro), "metadata", "uid");
    JsonNode sets = fixture.get("replicaSets");
    String stableUid = cluster.createReplicaSet(sets.get(0), uid);
    String canaryUid = cluster.createReplicaSet(sets.get(1), uid);
    cluster.createReplicaSet(sets.get(2), "someone-else");
    JsonNode pods = fixture.get("pods");
    cluster.createPod(pods.get(0), stableUid);
    cluster.createPod(pods.get(1), stableUid);
    cluster.createPod(pods.get(2), canaryUid);
  }

  @Test
  void printsHeaderAndTreeOfTheRolloutsOwnObjects() {
    assertThat(cluster.run("get", "rollout", "canary-demo", "--no-color")).isZero();
    String out = cluster.out.toString();
    assertThat(out)
        .contains("Status:          ॥ Paused")
        .contains("Message:         CanaryPauseStep")
        .contains("  Step:          1/4")
        .contains("  SetWeight:     20")
        .contains("  ActualWeight:  20")
        .contains("nginx:1.25 (stable)")
        .contains("nginx:1.26 (canary)")
        .doesNotContain("someone-else")
        .containsSubsequence(
            "NAME",
            "KIND",
            "STATUS",
            "AGE",
            "INFO",
            "⟳ canary-demo",
            "Rollout",
            "॥ Paused",
            "├──# revision:2",
            "│  └──⧉ canary-demo-bbb222",
            "ReplicaSet",
            "✔ Healthy",
            "canary",
            "│     └──□ canary-demo-bbb222-p1",
            "Pod",
            "◌ ContainerCreating",
            "ready:0/1",
            "└──# revision:1",
            "   └──⧉ canary-demo-aaa111",
            "ReplicaSet",
            "✔ Healthy",
            "stable",
            "      ├──□ canary-demo-aaa111-p",
            "ready:1/1",
            "      └──□ canary-demo-aaa111-p",
            "ready:1/1");
    assertThat(out).contains("ready:1/1,restarts:2");
  }

  @Test
  void aliasRoWorksToo() {
    assertThat(cluster.run("get", "ro", "canary-demo", "--no-color")).isZero();
    assertThat(cluster.out.toString()).startsWith("Name:            canary-demo");
  }

  @Test
  void watchRedrawsOnChangeUntilStopped() {
    CompletableFuture<Void> stop = new CompletableFuture<>();
    StepwiseCli cli = cluster.cli().withStopSignal(stop);
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () ->
                cli.execute("-n", "default", "get", "rollout", "canary-demo", "-w", "--no-color"));
    await().atMost(Duration.ofSeconds(20)).until(() -> cluster.out.toString().contains("॥ Paused"));

    cluster
        .rolloutResource("canary-demo")
        .subresource("status")
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"status\":{\"abort\":true,\"pauseConditions\":null,\"conditions\":[{\"type\":"
                + "\"Progressing\",\"status\":\"False\",\"reason\":\"RolloutAborted\",\"message\":"
                + "\"Rollout aborted update to revision 2\"}]}}");

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> cluster.out.toString().contains("✖ Degraded"));
    assertThat(cluster.out.toString()).contains("\033[H\033[2J");
    stop.complete(null);
    assertThat(exit).succeedsWithin(Duration.ofSeconds(10)).isEqualTo(0);
  }
}
