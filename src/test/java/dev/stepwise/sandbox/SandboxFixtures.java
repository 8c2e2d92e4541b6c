package dev.stepwise.sandbox;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** Shared test setup: the upstream CRDs, a fast sandbox, and objects to feed it. */
final class SandboxFixtures {
  private SandboxFixtures() {}

  static Path shared() {
    return Path.of(System.getProperty("stepwise.shared", "../shared"));
  }

  static List<Path> upstreamCrds() {
    try (Stream<Path> files = Files.list(shared().resolve("argo/crds"))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Sandbox startSandbox(String name, Duration readyDelay) {
    Path dir = Path.of("target", "sandbox-it", name);
    return Sandbox.start(
        Sandbox.Options.in(dir)
            .withCrdFiles(upstreamCrds())
            .withSimulator(ClusterSimulator.Settings.defaults().withReadyDelay(readyDelay)));
  }

  static ReplicaSet replicaSet(String name, int replicas, String image, Integer minReadySeconds) {
    return new ReplicaSetBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace("default")
        .endMetadata()
        .withNewSpec()
        .withReplicas(replicas)
        .withMinReadySeconds(minReadySeconds)
        .withNewSelector()
        .addToMatchLabels("app", name)
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .addToLabels("app", name)
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("app")
        .withImage(image)
        .endContainer()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }

  static GenericKubernetesResource rollout(String name) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("argoproj.io/v1alpha1")
        .withKind("Rollout")
        .withNewMetadata()
        .withName(name)
        .withNamespace("default")
        .endMetadata()
        .addToAdditionalProperties("spec", java.util.Map.of("replicas", 2))
        .build();
  }
}
