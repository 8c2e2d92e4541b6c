package dev.stepwise.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which pods a restart ({@code spec.restartAt}, semantics §3.10) evicts next: pods created before
 * restartAt, stable ReplicaSet first, then the new one, then the rest by age, at most {@code
 * max(maxUnavailable, 1)} at once and never more than availability allows. Pure: the kube layer
 * lists the pods and makes the evictions; re-planning after a crash gives the same answer.
 */
public final class RestartPlan {
  private RestartPlan() {}

  /**
   * One pod of the rollout as the planner sees it.
   *
   * @param replicaSetHash the rollouts-pod-template-hash of the ReplicaSet that owns it
   * @param available Ready (and so counted as available)
   * @param terminating being deleted, or evicted by us and not yet gone from the cache
   */
  public record PodView(
      String name,
      String replicaSetHash,
      Instant created,
      boolean available,
      boolean terminating) {}

  /**
   * What to do now.
   *
   * @param done no pod older than restartAt remains: status.restartedAt may be set
   * @param evict pods to evict now, in order (may be empty while waiting for availability)
   */
  public record Plan(boolean done, List<String> evict) {}

  /** Whether a restart is due: restartAt is set, has passed and is not yet recorded as done. */
  public static boolean needed(Instant restartAt, Instant restartedAt, Instant now) {
    return restartAt != null && !restartAt.equals(restartedAt) && !now.isBefore(restartAt);
  }

  /**
   * Plans the next evictions.
   *
   * @param replicaSetOrder pod-template hashes, most important first (stable, new, the rest by age)
   * @param replicas spec.replicas
   * @param specSum the sum of spec.replicas over the rollout's ReplicaSets
   * @param maxUnavailable canary.maxUnavailable resolved against replicas
   */
  public static Plan plan(
      Instant restartAt,
      List<PodView> pods,
      List<String> replicaSetOrder,
      int replicas,
      int specSum,
      int maxUnavailable) {
    List<PodView> old =
        pods.stream()
            .filter(p -> !p.terminating() && p.created().isBefore(restartAt))
            .sorted(priority(replicaSetOrder))
            .toList();
    if (old.isEmpty()) {
      return new Plan(true, List.of());
    }
    int concurrent = Math.max(maxUnavailable, 1);
    long available = pods.stream().filter(p -> p.available() && !p.terminating()).count();
    long terminating = pods.stream().filter(PodView::terminating).count();
    long byAvailability = available - (Math.max(replicas, specSum) - concurrent);
    long budget = Math.min(concurrent - terminating, byAvailability);
    List<String> evict = new ArrayList<>();
    for (int i = 0; i < old.size() && i < budget; i++) {
      evict.add(old.get(i).name());
    }
    return new Plan(false, List.copyOf(evict));
  }

  private static Comparator<PodView> priority(List<String> order) {
    Comparator<PodView> byReplicaSet =
        Comparator.comparingInt(
            p -> {
              int i = order.indexOf(Objects.requireNonNullElse(p.replicaSetHash(), ""));
              return i < 0 ? Integer.MAX_VALUE : i;
            });
    return byReplicaSet.thenComparing(PodView::created).thenComparing(PodView::name);
  }
}
