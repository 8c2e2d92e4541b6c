package dev.stepwise.bench;

import dev.stepwise.domain.RolloutCommand;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.kube.RolloutWatcher;
import dev.stepwise.kube.Rollouts;
import dev.stepwise.kube.SpecDecoder;
import dev.stepwise.kube.TrimmedInformers;
import dev.stepwise.sandbox.EmbeddedApiServer;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the controller's informer caches hold per rollout, with and without trimming (BENCHMARKS.md,
 * "Informer caches"). Fills the embedded API server with N rollouts as a real API server returns
 * them ({@link RealisticObjects}: managedFields, last-applied-configuration, defaulted pod specs,
 * kubelet statuses; two ReplicaSets and one Pod each), then starts the controller's {@link
 * RolloutWatcher} against it twice, caching whole objects and trimmed ones, and takes the live heap
 * after a full GC ({@code jcmd GC.class_histogram}) with each running. The difference from the heap
 * without a watcher is what its caches hold. It also checks that both watchers told the rollout
 * entities exactly the same observations.
 *
 * <p>{@code java -Xmx3g -cp 'target/stepwise.jar:target/lib/*' dev.stepwise.bench.CacheFootprint
 * [N] [work dir]} (defaults 1000, {@code target/cache-footprint}; histograms are kept there).
 */
public final class CacheFootprint {
  private CacheFootprint() {}

  /** One watcher's run: live heap with it running, and a fingerprint of what it told entities. */
  private record Run(long heapBytes, Map<String, Integer> observed) {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Path out = Path.of(args.length > 1 ? args[1] : "target/cache-footprint").toAbsolutePath();
    Files.createDirectories(out);
    try (EmbeddedApiServer api = EmbeddedApiServer.start();
        KubernetesClient client = api.newClient()) {
      long start = System.nanoTime();
      fill(client, n);
      System.out.printf(
          "filled the embedded API server with %,d rollouts (2 ReplicaSets, 1 Pod each) in %.1f s%n",
          n, (System.nanoTime() - start) / 1e9);
      long base = heap(out, "base");
      Run whole = watch(api, n, false, out);
      long base2 = heap(out, "base-2");
      Run trimmed = watch(api, n, true, out);
      if (!whole.observed().equals(trimmed.observed())) {
        System.out.println("FAIL: trimmed caches told the entities something else, e.g.:");
        whole.observed().entrySet().stream()
            .filter(e -> !e.getValue().equals(trimmed.observed().get(e.getKey())))
            .limit(5)
            .forEach(e -> System.out.println("  " + e.getKey()));
        System.out.println(
            "  (" + whole.observed().size() + " vs " + trimmed.observed().size() + " keys)");
        System.exit(1);
      }
      report(n, whole.heapBytes() - base, trimmed.heapBytes() - base2);
      System.out.println("observations identical with and without trimming; histograms in " + out);
    }
  }

  private static void report(int n, long whole, long trimmed) {
    System.out.printf("%-44s %12s %12s%n", "informer caches (N=" + n + ")", "total", "per rollout");
    System.out.printf("%-44s %9.1f MiB %,9d B%n", "whole objects", mib(whole), whole / n);
    System.out.printf("%-44s %9.1f MiB %,9d B%n", "trimmed (CacheTrim)", mib(trimmed), trimmed / n);
    System.out.printf(
        "%-44s %9.1f MiB %,9d B%n", "saved", mib(whole - trimmed), (whole - trimmed) / n);
    System.out.printf(
        "%-44s %12s %,9.1f MiB%n",
        "trimmed, extrapolated to 10,000 rollouts", "", mib(trimmed * 10_000L / n));
  }

  private static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  private static void fill(KubernetesClient client, int n) {
    String ns = RealisticObjects.NAMESPACE;
    for (int i = 0; i < n; i++) {
      String name = Fleet.name(i);
      String h1 = "%08x".formatted(i * 2 + 1);
      String h2 = "%08x".formatted(i * 2 + 2);
      GenericKubernetesResource ro =
          Rollouts.of(client)
              .inNamespace(ns)
              .resource(
                  Serialization.unmarshal(
                      RealisticObjects.rollout(name, h1, h2), GenericKubernetesResource.class))
              .create();
      String uid = ro.getMetadata().getUid();
      createReplicaSet(client, RealisticObjects.replicaSet(name, uid, h1, 1, 0));
      ReplicaSet current =
          createReplicaSet(client, RealisticObjects.replicaSet(name, uid, h2, 2, 1));
      client
          .pods()
          .inNamespace(ns)
          .resource(
              Serialization.unmarshal(
                  RealisticObjects.pod(name, h2, current.getMetadata().getUid()), Pod.class))
          .create();
    }
  }

  private static ReplicaSet createReplicaSet(KubernetesClient client, String json) {
    return client
        .apps()
        .replicaSets()
        .inNamespace(RealisticObjects.NAMESPACE)
        .resource(Serialization.unmarshal(json, ReplicaSet.class))
        .create();
  }

  /** Starts a watcher, checks its caches are complete, measures, closes it. */
  private static Run watch(EmbeddedApiServer api, int n, boolean trim, Path out) throws Exception {
    System.setProperty(TrimmedInformers.PROPERTY, Boolean.toString(trim));
    Map<String, Integer> observed = new ConcurrentHashMap<>();
    try (KubernetesClient client = patientClient(api);
        RolloutWatcher watcher =
            new RolloutWatcher(
                client,
                (key, command) -> observed.put(key.entityId() + kind(command), command.hashCode()),
                new SpecDecoder(),
                RealisticObjects.NAMESPACE,
                0)) {
      watcher.start(); // returns once every informer has listed
      for (int i = 0; i < n; i++) {
        RolloutKey key = new RolloutKey(RealisticObjects.NAMESPACE, Fleet.name(i));
        if (watcher.rollout(key) == null || watcher.ownedReplicaSets(key).size() != 2) {
          throw new IllegalStateException("cache incomplete at " + key.entityId());
        }
      }
      awaitObservations(observed, 2 * n); // handlers run after the informers' first lists
      long heap = heap(out, trim ? "trimmed" : "whole");
      return new Run(heap, Map.copyOf(observed));
    }
  }

  /** Waits until every rollout had its Observe and ObserveReplicaSets (a program, not a test). */
  private static void awaitObservations(Map<String, Integer> observed, int expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + 600_000_000_000L;
    while (observed.size() < expected) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(observed.size() + " of " + expected + " observations");
      }
      Thread.sleep(100);
    }
  }

  /**
   * A client that waits for the embedded server's slow lists: with thousands of objects its single
   * event loop answers a list or opens a watch in tens of seconds (it scans every object).
   */
  private static KubernetesClient patientClient(EmbeddedApiServer api) {
    Config config;
    try (KubernetesClient c = api.newClient()) {
      config = new ConfigBuilder(c.getConfiguration()).withRequestTimeout(600_000).build();
    }
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  private static String kind(RolloutCommand command) {
    return "/" + command.getClass().getSimpleName();
  }

  private static long heap(Path out, String label) throws Exception {
    long bytes =
        Jcmd.liveHeapBytes(ProcessHandle.current().pid(), out.resolve(label + ".histogram.txt"));
    System.out.printf("live heap %-8s %,d bytes%n", label, bytes);
    return bytes;
  }
}
