package dev.stepwise.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.stepwise.sandbox.EmbeddedApiServer;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pods as a real API server returns them (full spec, status and managedFields) are cached trimmed,
 * and the trimmed pods still drive ephemeral metadata and restarts; the writes those make never
 * carry the trimmed object back to the server.
 */
class TrimmedPodCacheIT {
  private static final String NS = "default";
  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private EmbeddedApiServer api;
  private KubernetesClient client;
  private RolloutWatcher watcher;

  @BeforeEach
  void start() {
    api = EmbeddedApiServer.start();
    client = api.newClient();
  }

  @AfterEach
  void stop() {
    if (watcher != null) {
      watcher.close();
    }
    client.close();
    api.close();
  }

  @Test
  void aTrimmedPodGetsItsRoleLabelsAndTheServerKeepsItsSpec() {
    startWatcherWithOnePod();
    ReplicaSet rs = watcher.replicaSet(NS, "web-abc");
    var roles = ReplicaSetDecorator.Roles.of(rollout(null), "old", "abc");

    new ReplicaSetDecorator(client, watcher).sync(List.of(rs), roles);

    Pod live = client.pods().inNamespace(NS).withName("web-abc-1").get();
    assertThat(live.getMetadata().getLabels()).containsEntry("role", "canary");
    assertThat(live.getSpec().getContainers())
        .singleElement()
        .extracting("image")
        .isEqualTo("demo:blue");
    assertThat(live.getMetadata().getManagedFields()).isNotEmpty();
    ReplicaSet liveRs = client.apps().replicaSets().inNamespace(NS).withName("web-abc").get();
    assertThat(liveRs.getSpec().getTemplate().getSpec().getContainers()).hasSize(1);
    assertThat(liveRs.getSpec().getTemplate().getMetadata().getLabels())
        .containsEntry("role", "canary");
  }

  @Test
  void aTrimmedPodOlderThanRestartAtIsEvicted() {
    startWatcherWithOnePod();
    Instant restartAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(2);
    GenericKubernetesResource rollout = rollout(restartAt);
    String uid = watcher.pods(NS, "web-abc").get(0).getMetadata().getUid();
    var restarter =
        new PodRestarter(client, watcher, Clock.fixed(restartAt.plusSeconds(1), ZoneOffset.UTC));

    var outcome =
        restarter.reconcile(
            rollout,
            new SpecDecoder().observe(rollout).spec(),
            watcher.ownedReplicaSets(new dev.stepwise.domain.RolloutKey(NS, "web")),
            "abc",
            "abc");

    assertThat(outcome).isEqualTo(PodRestarter.Outcome.IN_PROGRESS);
    assertThat(restarter.recentlyEvicted()).containsExactly(uid);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> client.pods().inNamespace(NS).withName("web-abc-1").get() == null);
  }

  private void startWatcherWithOnePod() {
    client.resource(JSON.unmarshal(RS, ReplicaSet.class)).inNamespace(NS).create();
    client.resource(JSON.unmarshal(POD, Pod.class)).inNamespace(NS).create();
    watcher = new RolloutWatcher(client, (key, command) -> {}, new SpecDecoder(), NS, 0);
    watcher.start();
    await().atMost(Duration.ofSeconds(10)).until(() -> watcher.pods(NS, "web-abc").size() == 1);
    Pod cached = watcher.pods(NS, "web-abc").get(0);
    // what a cache reader sees: no spec, no managedFields, only the Ready condition
    assertThat(cached.getSpec()).isNull();
    assertThat(cached.getMetadata().getManagedFields()).isEmpty();
    assertThat(cached.getStatus().getConditions()).extracting("type").containsExactly("Ready");
    assertThat(watcher.replicaSet(NS, "web-abc").getSpec().getTemplate().getSpec()).isNull();
  }

  private static GenericKubernetesResource rollout(Instant restartAt) {
    String restart = restartAt == null ? "" : ",\"restartAt\":\"" + restartAt + "\"";
    return JSON.unmarshal(
        """
        {"apiVersion":"argoproj.io/v1alpha1","kind":"Rollout",
         "metadata":{"name":"web","namespace":"default","uid":"r-1"},
         "spec":{"replicas":1%s,"selector":{"matchLabels":{"app":"web"}},
           "template":{"metadata":{"labels":{"app":"web"}},
             "spec":{"containers":[{"name":"app","image":"demo:blue"}]}},
           "strategy":{"canary":{"maxUnavailable":1,
             "canaryMetadata":{"labels":{"role":"canary"}},
             "stableMetadata":{"labels":{"role":"stable"}},
             "steps":[{"setWeight":50},{"pause":{}}]}}}}
        """
            .formatted(restart),
        GenericKubernetesResource.class);
  }

  private static final String MANAGED =
      """
      [{"manager":"kube-controller-manager","operation":"Update","apiVersion":"v1",
        "time":"2026-11-27T05:00:00Z","fieldsType":"FieldsV1",
        "fieldsV1":{"f:metadata":{"f:labels":{".":{},"f:app":{}}},"f:spec":{"f:containers":{}}}},
       {"manager":"kubelet","operation":"Update","apiVersion":"v1","subresource":"status",
        "time":"2026-11-27T05:00:03Z","fieldsType":"FieldsV1",
        "fieldsV1":{"f:status":{"f:conditions":{},"f:podIP":{}}}}]""";

  private static final String RS =
      """
      {"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"web-abc",
        "labels":{"app":"web","rollouts-pod-template-hash":"abc"},
        "annotations":{"rollout.argoproj.io/revision":"1"},
        "ownerReferences":[{"apiVersion":"argoproj.io/v1alpha1","kind":"Rollout","name":"web",
          "uid":"r-1","controller":true}],
        "managedFields":%s},
       "spec":{"replicas":1,"selector":{"matchLabels":{"app":"web",
           "rollouts-pod-template-hash":"abc"}},
         "template":{"metadata":{"labels":{"app":"web","rollouts-pod-template-hash":"abc"}},
           "spec":{"containers":[{"name":"app","image":"demo:blue"}]}}}}
      """
          .formatted(MANAGED);

  private static final String POD =
      """
      {"apiVersion":"v1","kind":"Pod","metadata":{"name":"web-abc-1",
        "labels":{"app":"web","rollouts-pod-template-hash":"abc"},
        "ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"web-abc",
          "uid":"rs-1","controller":true}],
        "managedFields":%s},
       "spec":{"nodeName":"node-1","containers":[{"name":"app","image":"demo:blue",
         "env":[{"name":"A","value":"1"}]}]},
       "status":{"phase":"Running","podIP":"10.0.0.7",
         "conditions":[{"type":"PodScheduled","status":"True"},{"type":"Ready","status":"True"}],
         "containerStatuses":[{"name":"app","ready":true,"restartCount":0,"image":"demo:blue"}]}}
      """
          .formatted(MANAGED);
}
