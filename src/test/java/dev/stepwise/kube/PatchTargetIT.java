package dev.stepwise.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.sandbox.EmbeddedApiServer;
import dev.stepwise.sandbox.RequestInterceptor;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The controller's patches are one request each: no read of the object before the PATCH. */
class PatchTargetIT {
  private static final String NS = "default";

  private EmbeddedApiServer api;
  private KubernetesClient client;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    api = EmbeddedApiServer.start();
    client = api.newClient();
  }

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Test
  void aStatusWriteIsOnePatchAndReturnsTheNewResourceVersion() {
    GenericKubernetesResource created =
        Rollouts.of(client).inNamespace(NS).resource(rollout("web")).create();
    long rv = Long.parseLong(created.getMetadata().getResourceVersion());
    record();

    String written =
        new StatusWriter(client).write(created, Map.of("phase", "Progressing", "message", "x"), rv);

    assertThat(requests)
        .containsExactly("PATCH /apis/argoproj.io/v1alpha1/namespaces/default/rollouts/web/status");
    GenericKubernetesResource live = Rollouts.of(client).inNamespace(NS).withName("web").get();
    assertThat(live.getMetadata().getResourceVersion()).isEqualTo(written);
    assertThat(RawMaps.map(live.getAdditionalProperties().get("status")))
        .containsEntry("phase", "Progressing");
  }

  @Test
  void aStaleStatusWriteIsStillRefusedWithAConflict() {
    GenericKubernetesResource created =
        Rollouts.of(client).inNamespace(NS).resource(rollout("stale")).create();
    long rv = Long.parseLong(created.getMetadata().getResourceVersion());
    StatusWriter writer = new StatusWriter(client);
    writer.write(created, Map.of("phase", "Progressing"), rv);

    assertThatThrownBy(() -> writer.write(created, Map.of("phase", "Healthy"), rv))
        .isInstanceOfSatisfying(
            KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409));
  }

  @Test
  void aPatchOfAMissingObjectIsNotFound() {
    record();

    assertThatThrownBy(
            () ->
                client
                    .apps()
                    .replicaSets()
                    .inNamespace(NS)
                    .resource(PatchTarget.of(ReplicaSet.class, NS, "gone"))
                    .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"replicas\":0}}"))
        .isInstanceOfSatisfying(
            KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    assertThat(requests).containsExactly("PATCH /apis/apps/v1/namespaces/default/replicasets/gone");
  }

  @Test
  void aReplicaSetPatchChangesOnlyWhatItSays() {
    client
        .resource(
            new ReplicaSetBuilder()
                .withNewMetadata()
                .withName("web-abc")
                .withNamespace(NS)
                .addToLabels("app", "web")
                .endMetadata()
                .withNewSpec()
                .withReplicas(3)
                .withNewSelector()
                .addToMatchLabels("app", "web")
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .addToLabels("app", "web")
                .endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("app")
                .withImage("demo:blue")
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build())
        .create();
    record();

    ReplicaSet patched =
        client
            .apps()
            .replicaSets()
            .inNamespace(NS)
            .resource(PatchTarget.of(ReplicaSet.class, NS, "web-abc"))
            .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"replicas\":1}}");

    assertThat(requests).hasSize(1).allMatch(r -> r.startsWith("PATCH "));
    assertThat(patched.getSpec().getReplicas()).isEqualTo(1);
    assertThat(patched.getMetadata().getLabels()).containsEntry("app", "web");
    assertThat(patched.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .isEqualTo("demo:blue");
  }

  private void record() {
    api.intercept(
        r -> {
          requests.add(r.method() + " " + r.path());
          return RequestInterceptor.Action.PASS;
        });
  }

  private static GenericKubernetesResource rollout(String name) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion(Rollouts.API_VERSION)
        .withKind(Rollouts.KIND)
        .withNewMetadata()
        .withName(name)
        .withNamespace(NS)
        .endMetadata()
        .addToAdditionalProperties(
            "spec",
            Map.of(
                "replicas",
                1,
                "selector",
                Map.of("matchLabels", Map.of("app", name)),
                "template",
                Map.of(
                    "metadata",
                    Map.of("labels", Map.of("app", name)),
                    "spec",
                    Map.of("containers", List.of(Map.of("name", "app", "image", "demo:1"))))))
        .build();
  }
}
