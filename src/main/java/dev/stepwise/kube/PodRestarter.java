package dev.stepwise.kube;

import dev.stepwise.domain.ReplicaMath;
import dev.stepwise.domain.RestartPlan;
import dev.stepwise.domain.RolloutSpec;
import dev.stepwise.kube.spec.KubeTime;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.policy.v1.EvictionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restarts a rollout's pods when {@code spec.restartAt} passes (semantics §3.10): evicts the pods
 * {@link RestartPlan} names through the Eviction API (so PodDisruptionBudgets hold; a 429 is
 * skipped and retried) and reports when no old pod is left, so {@code status.restartedAt} can be
 * written.
 */
final class PodRestarter {
  private static final Logger log = LoggerFactory.getLogger(PodRestarter.class);

  /** How long an evicted pod counts as going away although the cache still shows it. */
  private static final Duration EVICTED_MEMORY = Duration.ofMinutes(2);

  /** Where a rollout's restart stands. */
  enum Outcome {
    /** No restart is due. */
    NONE,
    /** restartAt lies ahead: check again (the retry backoff caps the delay at seconds). */
    SCHEDULED,
    /** Old pods remain: check again soon. */
    IN_PROGRESS,
    /** Every pod is newer than restartAt. */
    DONE
  }

  private final KubernetesClient client;
  private final RolloutWatcher watcher;
  private final Clock clock;
  private final Map<String, Instant> evicted = new ConcurrentHashMap<>();

  PodRestarter(KubernetesClient client, RolloutWatcher watcher, Clock clock) {
    this.client = client;
    this.watcher = watcher;
    this.clock = clock;
  }

  /** spec.restartAt of a raw Rollout, or null. */
  static Instant restartAt(GenericKubernetesResource rollout) {
    return KubeTime.orNull(
        RawMaps.map(rollout.getAdditionalProperties().get("spec")).get("restartAt"));
  }

  /** status.restartedAt of a raw Rollout, or null. */
  static Instant restartedAt(GenericKubernetesResource rollout) {
    return KubeTime.orNull(
        RawMaps.map(rollout.getAdditionalProperties().get("status")).get("restartedAt"));
  }

  /**
   * Evicts what may be evicted now.
   *
   * @param owned the rollout's ReplicaSets, oldest first
   */
  Outcome reconcile(
      GenericKubernetesResource rollout,
      RolloutSpec spec,
      List<ReplicaSet> owned,
      String stableHash,
      String currentHash) {
    Instant restartAt = restartAt(rollout);
    Instant now = clock.instant();
    Instant restartedAt = restartedAt(rollout);
    if (!RestartPlan.needed(restartAt, restartedAt, now)) {
      boolean ahead = restartAt != null && restartAt.isAfter(now);
      return ahead && !restartAt.equals(restartedAt) ? Outcome.SCHEDULED : Outcome.NONE;
    }
    forgetOld(now);
    List<RestartPlan.PodView> pods = new ArrayList<>();
    Map<String, String> uids = new java.util.HashMap<>();
    int specSum = 0;
    for (ReplicaSet rs : owned) {
      specSum += rs.getSpec().getReplicas() == null ? 0 : rs.getSpec().getReplicas();
      String hash = rs.getMetadata().getLabels().get(Rollouts.HASH_LABEL);
      for (Pod pod : watcher.pods(rs.getMetadata().getNamespace(), rs.getMetadata().getName())) {
        pods.add(view(pod, hash));
        uids.put(pod.getMetadata().getName(), pod.getMetadata().getUid());
      }
    }
    int replicas = spec.replicas() == null ? 1 : spec.replicas();
    int maxUnavailable =
        replicas == 0 || spec.canary() == null
            ? 0
            : Math.min(
                replicas,
                ReplicaMath.resolve(
                        spec.canary().maxSurge(), spec.canary().maxUnavailable(), replicas)
                    .maxUnavailable());
    RestartPlan.Plan plan =
        RestartPlan.plan(
            restartAt,
            pods,
            order(owned, stableHash, currentHash),
            replicas,
            specSum,
            maxUnavailable);
    if (plan.done()) {
      return Outcome.DONE;
    }
    plan.evict().forEach(name -> evict(rollout.getMetadata().getNamespace(), name, uids.get(name)));
    return Outcome.IN_PROGRESS;
  }

  private RestartPlan.PodView view(Pod pod, String hash) {
    var meta = pod.getMetadata();
    boolean ready =
        pod.getStatus() != null
            && pod.getStatus().getConditions() != null
            && pod.getStatus().getConditions().stream()
                .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    boolean terminating = meta.getDeletionTimestamp() != null || evicted.containsKey(meta.getUid());
    return new RestartPlan.PodView(
        meta.getName(),
        hash,
        ReplicaSetViews.parseTime(meta.getCreationTimestamp()),
        ready,
        terminating);
  }

  /** Stable first, then new, then the rest by age (the list is oldest first already). */
  private static List<String> order(List<ReplicaSet> owned, String stable, String current) {
    List<String> order = new ArrayList<>();
    if (stable != null) {
      order.add(stable);
    }
    if (current != null && !current.equals(stable)) {
      order.add(current);
    }
    for (ReplicaSet rs : owned) {
      String hash = rs.getMetadata().getLabels().get(Rollouts.HASH_LABEL);
      if (!order.contains(hash)) {
        order.add(hash);
      }
    }
    return order;
  }

  private void evict(String namespace, String name, String uid) {
    try {
      boolean done =
          client
              .pods()
              .inNamespace(namespace)
              .withName(name)
              .evict(
                  new EvictionBuilder()
                      .withNewMetadata()
                      .withName(name)
                      .withNamespace(namespace)
                      .endMetadata()
                      .build());
      if (done) {
        evicted.put(uid, clock.instant());
        log.info("restart: evicted pod {}/{}", namespace, name);
      } else {
        log.info("restart: eviction of pod {}/{} refused (disruption budget)", namespace, name);
      }
    } catch (KubernetesClientException e) {
      if (e.getCode() != 404 && e.getCode() != 429) {
        throw e;
      }
    }
  }

  private void forgetOld(Instant now) {
    evicted.values().removeIf(at -> at.plus(EVICTED_MEMORY).isBefore(now));
  }

  /** Pod uids evicted recently (for tests). */
  Set<String> recentlyEvicted() {
    return Set.copyOf(evicted.keySet());
  }
}
