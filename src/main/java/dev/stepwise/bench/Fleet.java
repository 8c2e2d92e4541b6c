package dev.stepwise.bench;

import dev.stepwise.kube.Rollouts;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * The benchmark's fleet: N canary Rollouts of one replica ({@code setWeight 50 → pause → setWeight
 * 100}, revisionHistoryLimit left at upstream's default of 10), what the benchmark does to them
 * (create, change the image) and what it checks (all Healthy on the right ReplicaSets). Its own
 * Rollout informer answers "how many are done" without listing the API server in a loop.
 */
final class Fleet implements AutoCloseable {
  /**
   * The fewest API writes one update of the fleet's canary needs, Events aside: 2 ReplicaSet writes
   * (create the new one, scale the old one to 0) and 4 status writes: the new revision observed
   * (observedGeneration, currentPodHash, step 0: Argo CD shows "waiting for rollout spec update to
   * be observed" until then), paused at the pause step, resumed, and Healthy on the new stable.
   */
  static final int MIN_WRITES_PER_UPDATE = 6;

  static final String NAMESPACE = "default";
  private static final String IMAGE = "argoproj/rollouts-demo:";

  private final KubernetesClient client;
  private final int size;
  private final ExecutorService writers = Executors.newFixedThreadPool(8);
  private final SharedIndexInformer<GenericKubernetesResource> rollouts;

  Fleet(KubernetesClient client, int size) {
    this.client = client;
    this.size = size;
    this.rollouts =
        Rollouts.of(client)
            .inNamespace(NAMESPACE)
            .inform(
                new ResourceEventHandler<>() {
                  @Override
                  public void onAdd(GenericKubernetesResource obj) {}

                  @Override
                  public void onUpdate(
                      GenericKubernetesResource oldObj, GenericKubernetesResource obj) {}

                  @Override
                  public void onDelete(GenericKubernetesResource obj, boolean unknown) {}
                });
  }

  static String name(int i) {
    return "bench-%05d".formatted(i);
  }

  static String manifest(int i, String tag, String pause) {
    String name = name(i);
    return """
        {"apiVersion":"argoproj.io/v1alpha1","kind":"Rollout",
         "metadata":{"name":"%1$s","namespace":"%4$s"},
         "spec":{"replicas":1,
          "selector":{"matchLabels":{"app":"%1$s"}},
          "template":{"metadata":{"labels":{"app":"%1$s"}},
           "spec":{"containers":[{"name":"app","image":"%2$s%3$s"}]}},
          "strategy":{"canary":{"steps":[{"setWeight":50},{"pause":{"duration":"%5$s"}},
           {"setWeight":100}]}}}}
        """
        .formatted(name, IMAGE, tag, NAMESPACE, pause);
  }

  /** Creates every Rollout (image {@code tag}, pause 5s). */
  void create(String tag) throws Exception {
    each(
        i ->
            () ->
                Rollouts.of(client)
                    .inNamespace(NAMESPACE)
                    .resource(
                        Serialization.unmarshal(
                            manifest(i, tag, "5s"), GenericKubernetesResource.class))
                    .create());
  }

  /** Changes every Rollout's image to {@code tag} and its pause to {@code pause}, all at once. */
  void update(String tag, String pause) throws Exception {
    each(
        i ->
            () -> {
              String patch =
                  """
                  {"spec":{"template":{"spec":{"containers":[{"name":"app","image":"%s%s"}]}},
                   "strategy":{"canary":{"steps":[{"setWeight":50},{"pause":{"duration":"%s"}},
                   {"setWeight":100}]}}}}
                  """
                      .formatted(IMAGE, tag, pause);
              Rollouts.of(client)
                  .inNamespace(NAMESPACE)
                  .withName(name(i))
                  .patch(PatchContext.of(PatchType.JSON_MERGE), patch);
            });
  }

  private void each(IntFunction<Runnable> task) throws Exception {
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      done.add(writers.submit(task.apply(i)));
    }
    for (Future<?> f : done) {
      f.get();
    }
  }

  /** The stable ReplicaSet name of every Rollout, as its status says now. */
  Map<String, String> stableHashes() {
    Map<String, String> stable = new HashMap<>();
    for (var ro : rollouts.getStore().list()) {
      stable.put(ro.getMetadata().getName(), status(ro, "stableRS"));
    }
    return stable;
  }

  /** Rollouts whose status is Healthy on a stable hash other than the one in {@code before}. */
  long healthyOnNew(Map<String, String> before) {
    return count(
        ro -> {
          String stable = status(ro, "stableRS");
          return "Healthy".equals(status(ro, "phase"))
              && stable != null
              && stable.equals(status(ro, "currentPodHash"))
              && !stable.equals(before.get(ro.getMetadata().getName()));
        });
  }

  /** Rollouts whose status shows a pause condition (at the timed pause step). */
  long paused() {
    return count(
        ro -> {
          Object st = ro.getAdditionalProperties().get("status");
          return st instanceof Map<?, ?> m
              && m.get("pauseConditions") instanceof List<?> l
              && !l.isEmpty();
        });
  }

  private long count(Predicate<GenericKubernetesResource> p) {
    return rollouts.getStore().list().stream().filter(p).count();
  }

  private static String status(GenericKubernetesResource ro, String field) {
    Object st = ro.getAdditionalProperties().get("status");
    return st instanceof Map<?, ?> m && m.get(field) != null ? m.get(field).toString() : null;
  }

  /**
   * What is wrong with the fleet, if anything, when every Rollout should run {@code tag} after
   * {@code revisions} templates: one ReplicaSet per revision (history limit 10), only the stable
   * one scaled (to 1, available), running the image.
   */
  List<String> problems(String tag, int revisions) {
    Map<String, List<ReplicaSet>> byRollout = new HashMap<>();
    for (ReplicaSet rs : client.apps().replicaSets().inNamespace(NAMESPACE).list().getItems()) {
      String name = rs.getMetadata().getName();
      byRollout
          .computeIfAbsent(name.substring(0, name.lastIndexOf('-')), k -> new ArrayList<>())
          .add(rs);
    }
    List<String> problems = new ArrayList<>();
    for (var ro : rollouts.getStore().list()) {
      String name = ro.getMetadata().getName();
      String stable = status(ro, "stableRS");
      List<ReplicaSet> sets = byRollout.getOrDefault(name, List.of());
      List<ReplicaSet> scaled =
          sets.stream().filter(rs -> rs.getSpec().getReplicas() != 0).toList();
      String why = null;
      if (!"Healthy".equals(status(ro, "phase"))) {
        why = "phase " + status(ro, "phase");
      } else if (sets.size() != Math.min(revisions, 11)) {
        why = sets.size() + " ReplicaSets, expected " + Math.min(revisions, 11);
      } else if (scaled.size() != 1
          || !scaled.get(0).getMetadata().getName().equals(name + "-" + stable)) {
        why =
            "scaled ReplicaSets "
                + scaled.stream().map(rs -> rs.getMetadata().getName()).toList()
                + ", stable "
                + stable;
      } else if (!scaled
          .get(0)
          .getSpec()
          .getTemplate()
          .getSpec()
          .getContainers()
          .get(0)
          .getImage()
          .equals(IMAGE + tag)) {
        why =
            "stable runs "
                + scaled.get(0).getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
      } else if (!Integer.valueOf(1).equals(scaled.get(0).getStatus().getAvailableReplicas())) {
        why = "stable has " + scaled.get(0).getStatus().getAvailableReplicas() + " available";
      }
      if (why != null) {
        problems.add(name + ": " + why);
      }
    }
    if (rollouts.getStore().list().size() != size) {
      problems.add(rollouts.getStore().list().size() + " Rollouts, expected " + size);
    }
    return problems;
  }

  @Override
  public void close() {
    rollouts.close();
    writers.shutdownNow();
  }
}
