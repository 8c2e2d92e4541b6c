package dev.stepwise.app;

import static org.awaitility.Awaitility.await;

import com.typesafe.config.Config;
import dev.stepwise.kube.Rollouts;
import dev.stepwise.sandbox.ClusterSimulator;
import dev.stepwise.sandbox.Sandbox;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A sandbox (embedded API server with the upstream CRDs, simulated cluster) plus a controller that
 * tests can stop and start again on the same journal, and helpers that act like a user.
 */
final class ControllerHarness implements AutoCloseable {
  static final String NS = "default";

  private final Sandbox sandbox;
  private final Config config;
  private final KubernetesClient client;
  private KubernetesClient controllerClient;
  private Controller controller;
  private final dev.stepwise.entity.analysis.AnalysisRunner analysisRunner;

  /** A harness whose controller runs as it ships, analysis runtime included. */
  ControllerHarness(Path dir) {
    this(dir, null);
  }

  /** A harness whose controller runs analysis as it ships (real runner, providers, runs). */
  static ControllerHarness withAnalysisRuntime(Path dir) {
    return new ControllerHarness(dir, null);
  }

  /**
   * A harness whose controller runs analysis runs with {@code analysisRunner} (null: the real
   * runtime).
   */
  ControllerHarness(Path dir, dev.stepwise.entity.analysis.AnalysisRunner analysisRunner) {
    this.analysisRunner = analysisRunner;
    this.sandbox =
        Sandbox.start(
            new Sandbox.Options(
                dir,
                0,
                upstreamCrds(),
                ClusterSimulator.Settings.defaults().withReadyDelay(Duration.ofMillis(300))));
    this.config = Configs.load(dir.resolve("data").toString());
    this.client = sandbox.server().newClient();
    startController();
  }

  static List<Path> upstreamCrds() {
    Path crds = Path.of(System.getProperty("stepwise.shared", "../shared"), "argo", "crds");
    try (Stream<Path> files = Files.list(crds)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void startController() {
    controllerClient = sandbox.server().newClient();
    controller = Controller.start(controllerClient, config, Clock.systemUTC(), analysisRunner);
  }

  void stopController() {
    controller.close();
    controllerClient.close();
    controller = null;
  }

  Config config() {
    return config;
  }

  KubernetesClient client() {
    return client;
  }

  /** Creates a canary Rollout with one container {@code app}. */
  void createRollout(String name, int replicas, String image, String stepsYaml) {
    String yaml =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata:
          name: %1$s
        spec:
          replicas: %2$d
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
                image: %3$s
          strategy:
            canary:
              steps:
        %4$s
        """
            .formatted(name, replicas, image, stepsYaml.indent(6).stripTrailing());
    create(yaml);
  }

  void create(String yaml) {
    GenericKubernetesResource ro =
        client.getKubernetesSerialization().unmarshal(yaml, GenericKubernetesResource.class);
    Rollouts.of(client).inNamespace(NS).resource(ro).create();
  }

  GenericKubernetesResource rollout(String name) {
    return Rollouts.of(client).inNamespace(NS).withName(name).get();
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> status(String name) {
    GenericKubernetesResource ro = rollout(name);
    Object status = ro == null ? null : ro.getAdditionalProperties().get("status");
    return status instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** ReplicaSet name → spec.replicas of the rollout's ReplicaSets. */
  Map<String, Integer> replicaSets(String name) {
    Map<String, Integer> sizes = new TreeMap<>();
    for (ReplicaSet rs :
        client
            .apps()
            .replicaSets()
            .inNamespace(NS)
            .withLabel(Rollouts.HASH_LABEL)
            .list()
            .getItems()) {
      var owner = rs.getMetadata().getOwnerReferences();
      if (owner != null && owner.stream().anyMatch(o -> o.getName().equals(name))) {
        sizes.put(rs.getMetadata().getName(), rs.getSpec().getReplicas());
      }
    }
    return sizes;
  }

  /** Replaces the image of container {@code app}, as {@code stepwise set image} does. */
  void setImage(String name, String image) {
    patchSpec(
        name,
        "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\""
            + image
            + "\"}]}}}}");
  }

  void patchSpec(String name, String json) {
    Rollouts.of(client)
        .inNamespace(NS)
        .withName(name)
        .patch(PatchContext.of(PatchType.JSON_MERGE), json);
  }

  /** Sets spec.replicas through the scale subresource (kubectl scale, HorizontalPodAutoscaler). */
  void scale(String name, int replicas) {
    String body =
        "{\"apiVersion\":\"autoscaling/v1\",\"kind\":\"Scale\",\"metadata\":{\"name\":\""
            + name
            + "\",\"namespace\":\""
            + NS
            + "\"},\"spec\":{\"replicas\":"
            + replicas
            + "}}";
    Rollouts.of(client)
        .inNamespace(NS)
        .withName(name)
        .subresource("scale")
        .patch(PatchContext.of(PatchType.JSON_MERGE), body);
  }

  /** A status merge patch, exactly as the upstream kubectl plugin sends it. */
  void patchStatus(String name, String json) {
    Rollouts.of(client)
        .inNamespace(NS)
        .withName(name)
        .subresource("status")
        .patch(PatchContext.of(PatchType.JSON_MERGE), json);
  }

  void awaitStatus(String name, Predicate<Map<String, Object>> condition) {
    await()
        .atMost(Duration.ofSeconds(40))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> condition.test(status(name)));
  }

  void awaitHealthyOn(String name, String hash) {
    awaitStatus(
        name,
        s ->
            "Healthy".equals(s.get("phase"))
                && hash.equals(s.get("stableRS"))
                && hash.equals(s.get("currentPodHash")));
  }

  /** Waits for the first revision of a new rollout to be Healthy; returns its hash. */
  String awaitFirstHealthy(String name) {
    awaitStatus(
        name,
        s ->
            "Healthy".equals(s.get("phase"))
                && s.get("stableRS") != null
                && s.get("stableRS").equals(s.get("currentPodHash")));
    return (String) status(name).get("stableRS");
  }

  @Override
  public void close() {
    if (controller != null) {
      stopController();
    }
    client.close();
    sandbox.close();
  }
}
