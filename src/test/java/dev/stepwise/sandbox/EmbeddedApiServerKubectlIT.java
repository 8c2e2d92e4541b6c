package dev.stepwise.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Stock kubectl against the sandbox API server, with the fabric8 client watching. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedApiServerKubectlIT {
  private static final ResourceDefinitionContext ROLLOUTS =
      GarbageCollector.OWNERS.get(0).context();
  private static final Path EXAMPLE =
      SandboxFixtures.shared().resolve("argo/examples/rollout-canary.yaml");

  private Sandbox sandbox;
  private KubernetesClient client;
  private Kubectl kubectl;

  @BeforeAll
  void start() {
    sandbox = SandboxFixtures.startSandbox("kubectl", Duration.ofMillis(300));
    client = sandbox.client();
    kubectl = new Kubectl(sandbox.kubeconfig(), Path.of("target", "sandbox-it", "kubectl-home"));
  }

  @AfterAll
  void stop() {
    sandbox.close();
  }

  @Test
  void discoveryNamesTheArgoKindsAsARealServerDoes() {
    String resources = kubectl.run("api-resources", "--api-group=argoproj.io").ok().stdout();

    assertThat(resources)
        .containsPattern("rollouts\\s+ro\\s+argoproj.io/v1alpha1\\s+true\\s+Rollout")
        .containsPattern("analysisruns\\s+ar\\s+argoproj.io/v1alpha1\\s+true\\s+AnalysisRun")
        .containsPattern("analysistemplates\\s+at\\s+")
        .containsPattern(
            "clusteranalysistemplates\\s+cat\\s+argoproj.io/v1alpha1\\s+false\\s+ClusterAnalysisTemplate")
        .containsPattern("experiments\\s+exp\\s+");
    String groupVersion = kubectl.run("get", "--raw", "/apis/argoproj.io/v1alpha1").ok().stdout();
    assertThat(groupVersion).contains("\"rollouts/status\"").contains("\"rollouts/scale\"");
    assertThat(kubectl.run("get", "ro").ok().stdout() + kubectl.run("get", "ro").stderr())
        .contains("No resources found in default namespace");
  }

  @Test
  void rolloutLifecycleThroughKubectl() throws IOException {
    List<String> events = new CopyOnWriteArrayList<>();
    try (Watch watch = client.genericKubernetesResources(ROLLOUTS).watch(recorder(events))) {
      kubectl.run("apply", "-f", EXAMPLE.toString()).ok();
      GenericKubernetesResource created = rollout();
      assertThat(created).isNotNull();
      assertThat(spec(created)).containsEntry("replicas", 5);

      Path changed = Path.of("target", "sandbox-it", "rollout-canary-3.yaml");
      Files.writeString(changed, Files.readString(EXAMPLE).replace("replicas: 5", "replicas: 3"));
      assertThat(kubectl.run("apply", "-f", changed.toString()).ok().stdout())
          .contains("configured");
      assertThat(spec(rollout())).containsEntry("replicas", 3);
      assertThat(kubectl.run("get", "ro").ok().stdout()).contains("rollout-canary");

      kubectl
          .run(
              "patch",
              "ro",
              "rollout-canary",
              "--type",
              "merge",
              "-p",
              "{\"spec\":{\"paused\":true}}")
          .ok();
      GenericKubernetesResource paused = rollout();
      assertThat(spec(paused)).containsEntry("paused", true);

      kubectl
          .run(
              "patch",
              "ro",
              "rollout-canary",
              "--subresource",
              "status",
              "--type",
              "merge",
              "-p",
              "{\"status\":{\"abort\":true},\"spec\":{\"replicas\":9}}")
          .ok();
      GenericKubernetesResource aborted = rollout();
      assertThat(status(aborted)).containsEntry("abort", true);
      assertThat(spec(aborted)).isEqualTo(spec(paused));
      assertThat(aborted.getMetadata().getGeneration())
          .isEqualTo(paused.getMetadata().getGeneration());

      kubectl.run("scale", "ro", "rollout-canary", "--replicas=4").ok();
      assertThat(spec(rollout())).containsEntry("replicas", 4);

      kubectl.run("delete", "ro", "rollout-canary").ok();
      assertThat(rollout()).isNull();

      // apply, re-apply, patch spec, patch status, scale, delete
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(events)
                      .containsSubsequence(
                          "ADDED", "MODIFIED", "MODIFIED", "MODIFIED", "MODIFIED", "DELETED"));
    }
  }

  private GenericKubernetesResource rollout() {
    return client.genericKubernetesResources(ROLLOUTS).withName("rollout-canary").get();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(GenericKubernetesResource r) {
    return (Map<String, Object>) r.getAdditionalProperties().get("spec");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> status(GenericKubernetesResource r) {
    return (Map<String, Object>) r.getAdditionalProperties().get("status");
  }

  private static Watcher<GenericKubernetesResource> recorder(List<String> events) {
    return new Watcher<>() {
      @Override
      public void eventReceived(Action action, GenericKubernetesResource resource) {
        events.add(action.name());
      }

      @Override
      public void onClose(WatcherException cause) {}
    };
  }
}
