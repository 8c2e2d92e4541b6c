package dev.stepwise.domain;

import java.util.List;

/**
 * The replica counts of a rollout's .status (summed over its ReplicaSets), the signature upstream
 * compares between reconciles to tell whether a rollout made progress (semantics §3.13).
 *
 * @param replicas Σ status.replicas over all ReplicaSets
 * @param updated status.replicas of the current revision's ReplicaSet
 * @param ready Σ status.readyReplicas
 * @param available Σ status.availableReplicas
 */
public record ReplicaCounts(int replicas, int updated, int ready, int available)
    implements CborSerializable {
  public static final ReplicaCounts ZERO = new ReplicaCounts(0, 0, 0, 0);

  /** The counts over {@code all} ReplicaSets, {@code newRs} being the current revision's. */
  static ReplicaCounts of(List<ReplicaSetView> all, ReplicaSetView newRs) {
    int replicas = 0;
    int ready = 0;
    int available = 0;
    for (ReplicaSetView rs : all) {
      replicas += rs.replicas();
      ready += rs.readyReplicas();
      available += rs.availableReplicas();
    }
    return new ReplicaCounts(replicas, newRs == null ? 0 : newRs.replicas(), ready, available);
  }

  /**
   * Upstream RolloutProgressing's replica part: the updated count changed, old replicas went down,
   * or ready or available replicas went up since {@code before}.
   */
  boolean progressedSince(ReplicaCounts before) {
    ReplicaCounts b = before == null ? ZERO : before;
    return updated != b.updated
        || replicas - updated < b.replicas - b.updated
        || ready > b.ready
        || available > b.available;
  }
}
