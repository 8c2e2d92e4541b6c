package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** undo's JSON patch, restart's merge patch and set image on a workloadRef, on the mock server. */
@EnableKubernetesMockClient(crud = true)
class UndoRestartSetImageIT {
  KubernetesMockServer server;
  KubernetesClient client;
  MockCluster cluster;
  final JsonNode fixture = Fixtures.json("canary-paused.json");

  @BeforeEach
  void setUp() {
    cluster = new MockCluster(client);
  }

  private JsonNode create(Consumer<ObjectNode> change) {
    ObjectNode ro = Fixtures.rollout(fixture);
    ((ObjectNode) ro.get("metadata")).remove(List.of("uid", "generation", "creationTimestamp"));
    ((ObjectNode) ro.get("status")).remove("observedGeneration");
    change.accept(ro);
    return cluster.createRollout(ro);
  }

  /** The fixture's ReplicaSets (revisions 1 and 2) with templates as the controller writes them. */
  private void createReplicaSets(String rolloutUid) {
    for (JsonNode rs : fixture.get("replicaSets")) {
      ObjectNode copy = rs.deepCopy();
      String hash = copy.at("/metadata/labels/rollouts-pod-template-hash").asText();
      ObjectNode labels = ((ObjectNode) copy.at("/spec/template")).putObject("metadata");
      labels.putObject("labels").put("app", "canary-demo").put(Revisions.HASH_LABEL, hash);
      cluster.createReplicaSet(
          copy,
          rs.at("/metadata/name").asText().startsWith("canary-demo") ? rolloutUid : "someone-else");
    }
  }

  @Test
  void undoRestoresThePreviousRevisionsTemplateWithoutTheHashLabel() throws InterruptedException {
    JsonNode before = create(ro -> {});
    createReplicaSets(before.at("/metadata/uid").asText());

    assertThat(cluster.run("undo", "canary-demo")).isZero();
    var request = server.getLastRequest();
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getHeader("Content-Type")).startsWith("application/json-patch+json");

    JsonNode template = cluster.rollout("canary-demo").at("/spec/template");
    assertThat(template.at("/spec/containers/0/image").asText()).isEqualTo("nginx:1.25");
    assertThat(template.at("/metadata/labels").toString()).isEqualTo("{\"app\":\"canary-demo\"}");
    assertThat(cluster.out.toString().lines()).containsExactly("rollout 'canary-demo' undo");
  }

  @Test
  void undoToTheCurrentRevisionIsSkipped() {
    JsonNode before = create(ro -> {});
    createReplicaSets(before.at("/metadata/uid").asText());

    assertThat(cluster.run("undo", "canary-demo", "--to-revision", "2")).isZero();

    assertThat(cluster.out.toString().lines())
        .containsExactly("skipped rollback (current template already matches revision 2)");
    assertThat(cluster.rollout("canary-demo").at("/metadata/generation"))
        .isEqualTo(before.at("/metadata/generation"));
  }

  @Test
  void undoToAMissingRevisionFails() {
    JsonNode before = create(ro -> {});
    createReplicaSets(before.at("/metadata/uid").asText());
    // revision 7 exists, but belongs to another rollout
    assertThat(cluster.run("undo", "canary-demo", "--to-revision", "7")).isEqualTo(1);
    assertThat(cluster.err.toString().lines())
        .containsExactly("Error: unable to find specified revision 7 in history");
  }

  @Test
  void undoOfAWorkloadRefRolloutPatchesTheDeployment() {
    createDeployment("nginx:1.26");
    JsonNode before = create(UndoRestartSetImageIT::workloadRef);
    createReplicaSets(before.at("/metadata/uid").asText());

    assertThat(cluster.run("undo", "canary-demo")).isZero();

    Deployment web = client.apps().deployments().inNamespace("default").withName("web").get();
    assertThat(web.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .isEqualTo("nginx:1.25");
    assertThat(web.getSpec().getTemplate().getMetadata().getLabels()).containsOnlyKeys("app");
    assertThat(cluster.rollout("canary-demo").at("/spec").has("template")).isFalse();
  }

  @Test
  void restartSetsRestartAtToNowPlusInInUtcSeconds() {
    create(ro -> {});
    StepwiseCli cli =
        cluster
            .cli()
            .withClock(Clock.fixed(Instant.parse("2024-05-01T12:00:00.750Z"), ZoneOffset.UTC));
    assertThat(cli.execute("-n", "default", "restart", "canary-demo", "--in", "1m30s")).isZero();
    assertThat(cluster.rollout("canary-demo").at("/spec/restartAt").asText())
        .isEqualTo("2024-05-01T12:01:30Z");
    assertThat(cluster.out.toString().lines())
        .containsExactly("rollout 'canary-demo' restarts in 1m30s");

    assertThat(cluster.run("restart", "canary-demo", "-i", "soon")).isEqualTo(1);
    assertThat(cluster.err.toString()).contains("Error: time: invalid duration \"soon\"");
  }

  @Test
  void setImageOnAWorkloadRefRolloutUpdatesTheDeployment() {
    createDeployment("nginx:1.26");
    JsonNode before = create(UndoRestartSetImageIT::workloadRef);

    assertThat(cluster.run("set", "image", "canary-demo", "app=nginx:1.27")).isZero();

    Deployment web = client.apps().deployments().inNamespace("default").withName("web").get();
    assertThat(web.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .isEqualTo("nginx:1.27");
    assertThat(cluster.rollout("canary-demo").get("spec")).isEqualTo(before.get("spec"));
    assertThat(cluster.out.toString().lines()).containsExactly("deployment \"web\" image updated");
  }

  private static void workloadRef(ObjectNode ro) {
    ObjectNode spec = (ObjectNode) ro.get("spec");
    spec.remove("template");
    spec.putObject("workloadRef")
        .put("apiVersion", "apps/v1")
        .put("kind", "Deployment")
        .put("name", "web");
  }

  private void createDeployment(String image) {
    client
        .apps()
        .deployments()
        .inNamespace("default")
        .resource(
            new DeploymentBuilder()
                .withNewMetadata()
                .withName("web")
                .endMetadata()
                .withNewSpec()
                .withReplicas(0)
                .withNewSelector()
                .addToMatchLabels("app", "canary-demo")
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .addToLabels("app", "canary-demo")
                .endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("app")
                .withImage(image)
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build())
        .create();
  }
}
