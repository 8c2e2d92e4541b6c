package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each mutating command sends the upstream plugin's patch: asserted on the stored object. */
@EnableKubernetesMockClient(crud = true)
class MutatingCommandsIT {
  KubernetesMockServer server;
  KubernetesClient client;
  MockCluster cluster;
  final JsonNode fixture = Fixtures.json("canary-paused.json");

  @BeforeEach
  void setUp() {
    cluster = new MockCluster(client);
  }

  private JsonNode create(java.util.function.Consumer<ObjectNode> change) {
    ObjectNode ro = Fixtures.rollout(fixture);
    ((ObjectNode) ro.get("metadata"))
        .remove(java.util.List.of("uid", "generation", "creationTimestamp"));
    ((ObjectNode) ro.get("status")).remove("observedGeneration");
    change.accept(ro);
    return cluster.createRollout(ro);
  }

  private JsonNode after() {
    return cluster.rollout("canary-demo");
  }

  @Test
  void promoteOnAPausedCanaryClearsPauseConditionsAndKeepsSpec() {
    JsonNode before = create(ro -> {});
    assertThat(before.at("/status/pauseConditions")).hasSize(1);

    assertThat(cluster.run("promote", "canary-demo")).isZero();

    JsonNode ro = after();
    // a real API server removes the field; the mock keeps a null: both read as "no conditions"
    assertThat(ro.path("status").hasNonNull("pauseConditions")).isFalse();
    assertThat(ro.at("/status/currentStepIndex").asInt()).isEqualTo(1);
    assertThat(ro.get("spec")).isEqualTo(before.get("spec"));
    assertThat(ro.at("/metadata/generation")).isEqualTo(before.at("/metadata/generation"));
    assertThat(cluster.out.toString())
        .isEqualTo("rollout 'canary-demo' promoted" + System.lineSeparator());
  }

  @Test
  void promoteOutsideAPauseSkipsToTheNextStep() {
    create(
        ro -> {
          ObjectNode status = (ObjectNode) ro.get("status");
          status.remove("pauseConditions");
          status.put("currentStepIndex", 2);
        });
    assertThat(cluster.run("promote", "canary-demo")).isZero();
    assertThat(after().at("/status/currentStepIndex").asInt()).isEqualTo(3);
  }

  @Test
  void promoteOnAManuallyPausedRolloutUnpausesTheSpec() {
    create(ro -> ((ObjectNode) ro.get("spec")).put("paused", true));
    assertThat(cluster.run("promote", "canary-demo")).isZero();
    JsonNode ro = after();
    assertThat(ro.at("/spec/paused").asBoolean()).isFalse();
    // a real API server removes the field; the mock keeps a null: both read as "no conditions"
    assertThat(ro.path("status").hasNonNull("pauseConditions")).isFalse();
  }

  @Test
  void fullPromotionSetsPromoteFull() {
    create(ro -> {});
    assertThat(cluster.run("promote", "canary-demo", "--full")).isZero();
    assertThat(after().at("/status/promoteFull").asBoolean()).isTrue();
    assertThat(cluster.out.toString()).contains("rollout 'canary-demo' fully promoted");
  }

  @Test
  void abortThenRetryFlipStatusAbortOnly() {
    JsonNode before = create(ro -> {});
    assertThat(cluster.run("abort", "canary-demo")).isZero();
    assertThat(after().at("/status/abort").asBoolean()).isTrue();
    assertThat(after().get("spec")).isEqualTo(before.get("spec"));

    assertThat(cluster.run("retry", "rollout", "canary-demo")).isZero();
    assertThat(after().at("/status/abort").asBoolean(true)).isFalse();

    cluster.run("abort", "canary-demo");
    assertThat(cluster.run("retry", "canary-demo")).isZero();
    assertThat(after().at("/status/abort").asBoolean(true)).isFalse();
    assertThat(cluster.out.toString().lines())
        .containsExactly(
            "rollout 'canary-demo' aborted",
            "rollout 'canary-demo' retried",
            "rollout 'canary-demo' aborted",
            "rollout 'canary-demo' retried");
  }

  @Test
  void pauseAndResumeSetSpecPaused() {
    create(ro -> {});
    assertThat(cluster.run("pause", "canary-demo")).isZero();
    assertThat(after().at("/spec/paused").asBoolean()).isTrue();
    assertThat(cluster.run("resume", "canary-demo")).isZero();
    JsonNode ro = after();
    assertThat(ro.at("/spec/paused").asBoolean(true)).isFalse();
    // resume is upstream's spec-only patch: a step's pause condition stays for promote
    assertThat(ro.at("/status/pauseConditions")).hasSize(1);
    assertThat(cluster.out.toString().lines())
        .containsExactly("rollout 'canary-demo' paused", "rollout 'canary-demo' resumed");
  }

  @Test
  void setImageChangesOnlyTheNamedContainer() {
    create(
        ro -> {
          ObjectNode podSpec = (ObjectNode) ro.at("/spec/template/spec");
          podSpec
              .withArray("containers")
              .addObject()
              .put("name", "sidecar")
              .put("image", "envoy:1");
          podSpec
              .withArray("initContainers")
              .addObject()
              .put("name", "init")
              .put("image", "busybox:1");
        });
    assertThat(cluster.run("set", "image", "canary-demo", "app=nginx:1.27")).isZero();
    JsonNode ro = after();
    assertThat(ro.at("/spec/template/spec/containers/0/image").asText()).isEqualTo("nginx:1.27");
    assertThat(ro.at("/spec/template/spec/containers/1/image").asText()).isEqualTo("envoy:1");
    assertThat(ro.at("/spec/template/spec/initContainers/0/image").asText()).isEqualTo("busybox:1");
    assertThat(cluster.out.toString())
        .isEqualTo("rollout \"canary-demo\" image updated" + System.lineSeparator());

    assertThat(cluster.run("set", "image", "canary-demo", "*=registry/all:2")).isZero();
    ro = after();
    assertThat(ro.at("/spec/template/spec/containers").findValuesAsText("image"))
        .containsExactly("registry/all:2", "registry/all:2");
    assertThat(ro.at("/spec/template/spec/initContainers/0/image").asText())
        .isEqualTo("registry/all:2");
  }

  @Test
  void setImageOfAnUnknownContainerFailsAndChangesNothing() {
    JsonNode before = create(ro -> {});
    assertThat(cluster.run("set", "image", "canary-demo", "nope=x:1")).isEqualTo(1);
    assertThat(cluster.err.toString().lines())
        .containsExactly("Error: unable to find container named \"nope\"");
    assertThat(after().get("spec")).isEqualTo(before.get("spec"));
  }

  @Test
  void patchesGoToTheStatusSubresourceAndNameStepwiseCli() throws InterruptedException {
    create(ro -> {});
    assertThat(cluster.run("abort", "canary-demo")).isZero();
    var request = server.getLastRequest();
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getPath()).endsWith("/namespaces/default/rollouts/canary-demo/status");
    assertThat(request.getHeader("Content-Type")).startsWith("application/merge-patch+json");
    assertThat(request.getHeader("User-Agent")).startsWith("stepwise-cli/");
    // the CRUD dispatcher consumes the body, so the effect is asserted instead
    assertThat(after().at("/status/abort").asBoolean()).isTrue();
  }

  @Test
  void missingRolloutIsOneErrorLine() {
    for (String[] args :
        new String[][] {
          {"promote", "nope"}, {"abort", "nope"}, {"pause", "nope"}, {"get", "rollout", "nope"}
        }) {
      cluster.err.getBuffer().setLength(0);
      assertThat(cluster.run(args)).isEqualTo(1);
      assertThat(cluster.err.toString().lines())
          .containsExactly(
              "Error: rollouts.argoproj.io \"nope\" not found in namespace \"default\"");
    }
  }
}
