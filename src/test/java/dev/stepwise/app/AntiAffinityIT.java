package dev.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.kube.spec.PodTemplateHasher;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * canary.antiAffinity: while a canary runs beside the stable pods, the canary ReplicaSet's pods
 * avoid the nodes of the stable ones (the injected term names the stable ReplicaSet's hash).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AntiAffinityIT {
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
  void theCanaryReplicaSetAvoidsTheStablePods() {
    h.create(rollout("apart", "preferredDuringSchedulingIgnoredDuringExecution: {weight: 40}"));
    String stable = h.awaitFirstHealthy("apart");
    assertThat(replicaSet("apart-" + stable).getSpec().getTemplate().getSpec().getAffinity())
        .as("the first revision has no stable to avoid")
        .isNull();

    h.setImage("apart", "demo:green");
    h.awaitStatus("apart", s -> "Paused".equals(s.get("phase")));
    String canary = (String) h.status("apart").get("currentPodHash");
    var terms =
        replicaSet("apart-" + canary)
            .getSpec()
            .getTemplate()
            .getSpec()
            .getAffinity()
            .getPodAntiAffinity()
            .getPreferredDuringSchedulingIgnoredDuringExecution();
    assertThat(terms).hasSize(1);
    assertThat(terms.get(0).getWeight()).isEqualTo(40);
    var term = terms.get(0).getPodAffinityTerm();
    assertThat(term.getTopologyKey()).isEqualTo("kubernetes.io/hostname");
    assertThat(term.getNamespaces()).containsExactly(ControllerHarness.NS);
    assertThat(term.getLabelSelector().getMatchExpressions())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getKey()).isEqualTo("rollouts-pod-template-hash");
              assertThat(e.getOperator()).isEqualTo("In");
              assertThat(e.getValues()).containsExactly(stable);
            });
    @SuppressWarnings("unchecked")
    Map<String, Object> template =
        (Map<String, Object>)
            ((Map<String, Object>) h.rollout("apart").getAdditionalProperties().get("spec"))
                .get("template");
    assertThat(canary)
        .as("the hash is the Rollout template's, without the injected term")
        .isEqualTo(PodTemplateHasher.hash(template, null));
  }

  @Test
  void requiredAntiAffinityIsARequiredTerm() {
    h.create(rollout("strict", "requiredDuringSchedulingIgnoredDuringExecution: {}"));
    String stable = h.awaitFirstHealthy("strict");
    h.setImage("strict", "demo:green");
    h.awaitStatus("strict", s -> "Paused".equals(s.get("phase")));
    String canary = (String) h.status("strict").get("currentPodHash");
    var anti =
        replicaSet("strict-" + canary)
            .getSpec()
            .getTemplate()
            .getSpec()
            .getAffinity()
            .getPodAntiAffinity();
    assertThat(anti.getRequiredDuringSchedulingIgnoredDuringExecution())
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.getLabelSelector().getMatchExpressions().get(0).getValues())
                    .containsExactly(stable));
  }

  private static String rollout(String name, String antiAffinity) {
    return """
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
              antiAffinity:
                %2$s
              steps:
              - setWeight: 50
              - pause: {}
        """
        .formatted(name, antiAffinity);
  }

  private ReplicaSet replicaSet(String name) {
    return h.client().apps().replicaSets().inNamespace(ControllerHarness.NS).withName(name).get();
  }
}
