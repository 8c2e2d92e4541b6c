package dev.stepwise.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The simulated ReplicaSet controller, kubelet and garbage collector against the sandbox. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterSimulatorIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final ResourceDefinitionContext ROLLOUTS =
      GarbageCollector.OWNERS.get(0).context();

  private Sandbox sandbox;
  private KubernetesClient client;

  @BeforeAll
  void start() {
    sandbox = SandboxFixtures.startSandbox("simulator", Duration.ofMillis(300));
    client = sandbox.client();
  }

  @AfterAll
  void stop() {
    sandbox.close();
  }

  @Test
  void replicaSetGetsReadyPodsAndAvailableStatus() {
    ReplicaSet rs =
        client.resource(SandboxFixtures.replicaSet("web", 3, "nginx:1.27", null)).create();

    await()
        .atMost(TIMEOUT)
        .untilAsserted(
            () -> {
              ReplicaSet now = client.apps().replicaSets().withName("web").get();
              assertThat(now.getStatus()).isNotNull();
              assertThat(now.getStatus().getReplicas()).isEqualTo(3);
              assertThat(now.getStatus().getReadyReplicas()).isEqualTo(3);
              assertThat(now.getStatus().getAvailableReplicas()).isEqualTo(3);
              assertThat(now.getStatus().getObservedGeneration())
                  .isEqualTo(now.getMetadata().getGeneration());
            });
    List<Pod> pods = podsOf(rs);
    assertThat(pods).hasSize(3);
    assertThat(pods)
        .allSatisfy(
            p -> {
              assertThat(p.getMetadata().getName()).matches("web-[a-z0-9]{5}");
              assertThat(p.getMetadata().getLabels()).containsEntry("app", "web");
              assertThat(p.getSpec().getContainers().get(0).getImage()).isEqualTo("nginx:1.27");
              assertThat(p.getStatus().getPhase()).isEqualTo("Running");
              assertThat(PodStates.isReady(p)).isTrue();
              assertThat(p.getStatus().getContainerStatuses().get(0).getReady()).isTrue();
            });
  }

  @Test
  void scalingDownDeletesSurplusPods() {
    ReplicaSet rs =
        client.resource(SandboxFixtures.replicaSet("shrink", 3, "nginx:1.27", null)).create();
    await().atMost(TIMEOUT).until(() -> readyPods(rs) == 3);
    List<String> before = podsOf(rs).stream().map(p -> p.getMetadata().getName()).toList();

    client.apps().replicaSets().withName("shrink").scale(1);

    await()
        .atMost(TIMEOUT)
        .untilAsserted(
            () -> {
              assertThat(podsOf(rs)).hasSize(1);
              ReplicaSet now = client.apps().replicaSets().withName("shrink").get();
              assertThat(now.getStatus().getReplicas()).isEqualTo(1);
              assertThat(now.getStatus().getAvailableReplicas()).isEqualTo(1);
            });
    assertThat(before).contains(podsOf(rs).get(0).getMetadata().getName());
  }

  @Test
  void badImageNeverBecomesAvailable() {
    ReplicaSet rs =
        client.resource(SandboxFixtures.replicaSet("broken", 2, "example/app:bad", null)).create();

    await()
        .atMost(TIMEOUT)
        .untilAsserted(
            () ->
                assertThat(podsOf(rs))
                    .hasSize(2)
                    .allSatisfy(
                        p -> {
                          assertThat(p.getStatus().getPhase()).isEqualTo("Running");
                          assertThat(
                                  p.getStatus()
                                      .getContainerStatuses()
                                      .get(0)
                                      .getState()
                                      .getWaiting()
                                      .getReason())
                              .isEqualTo("CrashLoopBackOff");
                        }));
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(3))
        .untilAsserted(
            () -> {
              ReplicaSet now = client.apps().replicaSets().withName("broken").get();
              assertThat(now.getStatus().getReplicas()).isEqualTo(2);
              assertThat(now.getStatus().getReadyReplicas()).isZero();
              assertThat(now.getStatus().getAvailableReplicas()).isZero();
            });
  }

  @Test
  void availabilityWaitsForMinReadySeconds() {
    ReplicaSet rs =
        client.resource(SandboxFixtures.replicaSet("patient", 1, "nginx:1.27", 2)).create();

    await().atMost(TIMEOUT).until(() -> readyPods(rs) == 1);
    ReplicaSet justReady = client.apps().replicaSets().withName("patient").get();
    assertThat(justReady.getStatus().getAvailableReplicas()).isZero();

    await()
        .atMost(TIMEOUT)
        .until(
            () ->
                Objects.equals(
                    client
                        .apps()
                        .replicaSets()
                        .withName("patient")
                        .get()
                        .getStatus()
                        .getAvailableReplicas(),
                    1));
  }

  @Test
  void deletingRolloutCollectsItsReplicaSetsAndPods() {
    GenericKubernetesResource ro =
        client
            .genericKubernetesResources(ROLLOUTS)
            .resource(SandboxFixtures.rollout("owner"))
            .create();
    ReplicaSet owned = SandboxFixtures.replicaSet("owner-abc", 2, "nginx:1.27", null);
    owned
        .getMetadata()
        .setOwnerReferences(
            List.of(
                new OwnerReferenceBuilder()
                    .withApiVersion("argoproj.io/v1alpha1")
                    .withKind("Rollout")
                    .withName("owner")
                    .withUid(ro.getMetadata().getUid())
                    .withController(true)
                    .build()));
    ReplicaSet rs = client.resource(owned).create();
    ReplicaSet bystander =
        client.resource(SandboxFixtures.replicaSet("bystander", 1, "nginx:1.27", null)).create();
    await().atMost(TIMEOUT).until(() -> podsOf(rs).size() == 2 && podsOf(bystander).size() == 1);

    client.genericKubernetesResources(ROLLOUTS).withName("owner").delete();

    await()
        .atMost(TIMEOUT)
        .untilAsserted(
            () -> {
              assertThat(client.apps().replicaSets().withName("owner-abc").get()).isNull();
              assertThat(podsOf(rs)).isEmpty();
            });
    assertThat(client.apps().replicaSets().withName("bystander").get()).isNotNull();
    assertThat(podsOf(bystander)).hasSize(1);
  }

  @Test
  void aDeletedPodIsReplaced() {
    ReplicaSet rs =
        client.resource(SandboxFixtures.replicaSet("phoenix", 2, "nginx:1.27", null)).create();
    await().atMost(TIMEOUT).until(() -> readyPods(rs) == 2);
    Pod victim = podsOf(rs).get(0);

    client.resource(victim).delete();

    await()
        .atMost(TIMEOUT)
        .untilAsserted(
            () -> {
              List<Pod> pods = podsOf(rs);
              assertThat(pods).hasSize(2);
              assertThat(pods)
                  .extracting(p -> p.getMetadata().getName())
                  .doesNotContain(victim.getMetadata().getName());
              assertThat(pods).allMatch(PodStates::isReady);
            });
  }

  @Test
  void scalingInQuickSuccessionEndsWithExactlyTheReplicasAsked() {
    ReplicaSet rs =
        client.resource(SandboxFixtures.replicaSet("jumpy", 1, "nginx:1.27", null)).create();
    // each scale reaches the simulator before its pod cache has seen the pods made for the last
    for (int replicas : new int[] {4, 2, 5, 3}) {
      client.apps().replicaSets().withName("jumpy").scale(replicas);
    }

    await().atMost(TIMEOUT).until(() -> readyPods(rs) == 3);
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(podsOf(rs)).hasSize(3));
    assertThat(client.apps().replicaSets().withName("jumpy").get().getStatus().getReplicas())
        .isEqualTo(3);
  }

  @Test
  void aSettledReplicaSetCostsTheApiServerNoReadsOnResync() {
    Path dir = Path.of("target", "sandbox-it", "simulator-resync");
    var settings =
        new ClusterSimulator.Settings(
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Duration.ofSeconds(5),
            Clock.systemUTC());
    try (Sandbox quick = Sandbox.start(Sandbox.Options.in(dir).withSimulator(settings))) {
      KubernetesClient c = quick.client();
      c.resource(SandboxFixtures.replicaSet("settled", 2, "nginx:1.27", null)).create();
      await()
          .atMost(TIMEOUT)
          .until(
              () -> {
                var status = c.apps().replicaSets().withName("settled").get().getStatus();
                return status != null && Integer.valueOf(2).equals(status.getAvailableReplicas());
              });
      List<String> reads = new java.util.concurrent.CopyOnWriteArrayList<>();
      quick
          .server()
          .intercept(
              r -> {
                if (!r.isWrite() && !r.query().contains("watch=true")) {
                  reads.add(r.path());
                }
                return RequestInterceptor.Action.PASS;
              });

      // ten resyncs: each reconciles the ReplicaSet from the simulator's caches
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(4))
          .untilAsserted(() -> assertThat(reads).isEmpty());
      assertThat(c.pods().list().getItems()).hasSize(2);
    }
  }

  private List<Pod> podsOf(ReplicaSet rs) {
    return client.pods().list().getItems().stream()
        .filter(
            p ->
                PodStates.controllerOf(p)
                    .map(r -> r.getUid().equals(rs.getMetadata().getUid()))
                    .orElse(false))
        .toList();
  }

  private long readyPods(ReplicaSet rs) {
    return podsOf(rs).stream().filter(PodStates::isReady).count();
  }
}
