package dev.stepwise.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One rollout's ReplicaSets sorted into new, stable and others, with the weight and replica counts
 * the basic canary wants for them now; shared by the decider (step completion) and the planner.
 */
record CanaryView(
    RolloutState state,
    ReplicaSetView newRs,
    ReplicaSetView stableRs,
    List<ReplicaSetView> others,
    int replicas,
    int weight,
    ReplicaMath.Fenceposts fenceposts) {

  static CanaryView of(RolloutState s, List<ReplicaSetView> observed) {
    ReplicaSetView newRs = null;
    ReplicaSetView stableRs = null;
    List<ReplicaSetView> others = new ArrayList<>();
    boolean distinctStable = s.stableHash() != null && !s.stableHash().equals(s.currentHash());
    for (ReplicaSetView rs : observed == null ? List.<ReplicaSetView>of() : observed) {
      if (rs.podTemplateHash() != null && rs.podTemplateHash().equals(s.currentHash())) {
        newRs = rs;
      } else if (distinctStable
          && rs.podTemplateHash() != null
          && rs.podTemplateHash().equals(s.stableHash())) {
        stableRs = rs;
      } else {
        others.add(rs);
      }
    }
    // Newest revision first: the order in which upstream scales other ReplicaSets down.
    others.sort(Comparator.comparingLong(ReplicaSetView::revision).reversed());
    int n = Specs.replicas(s.spec());
    ReplicaMath.Fenceposts f =
        ReplicaMath.resolve(Specs.maxSurge(s.spec()), Specs.maxUnavailable(s.spec()), n);
    return new CanaryView(s, newRs, stableRs, List.copyOf(others), n, weight(s), f);
  }

  /** Upstream GetCanaryReplicasOrWeight for a basic canary. */
  static int weight(RolloutState s) {
    if (s.promoteFull() || s.stableHash() == null || s.stableHash().equals(s.currentHash())) {
      return 100;
    }
    if (s.abort() != null) {
      return 0;
    }
    List<Step> steps = Specs.steps(s.spec());
    if (s.stepIndex() >= steps.size()) {
      return 100;
    }
    for (int i = s.stepIndex(); i >= 0; i--) {
      if (steps.get(i).kind() == Step.Kind.SET_WEIGHT) {
        return steps.get(i).weight();
      }
    }
    return 0;
  }

  /** The counts for new and stable in this reconcile. */
  ReplicaMath.Counts counts() {
    ReplicaMath.Rs newCount = newRs == null ? new ReplicaMath.Rs(0, 0) : ReplicaMath.Rs.of(newRs);
    boolean distinctStable =
        state.stableHash() != null && !state.stableHash().equals(state.currentHash());
    ReplicaMath.Rs stable = distinctStable ? ReplicaMath.Rs.of(stableRs) : null;
    List<ReplicaMath.Rs> other = others.stream().map(ReplicaMath.Rs::of).toList();
    return ReplicaMath.basicCanary(replicas, weight, fenceposts, newCount, stable, other);
  }

  /** Upstream AtDesiredReplicaCountsForCanary (basic canary): the setWeight step is done. */
  boolean atDesiredCounts() {
    ReplicaMath.Counts c = counts();
    boolean newDone =
        newRs != null
            && newRs.specReplicas() == c.canary()
            && newRs.availableReplicas() == c.canary();
    boolean stableDone =
        stableRs != null
            && stableRs.specReplicas() == c.stable()
            && stableRs.replicas() == c.stable();
    int othersAvailable = others.stream().mapToInt(ReplicaSetView::availableReplicas).sum();
    return newDone && stableDone && othersAvailable == 0;
  }

  int newAvailable() {
    return newRs == null ? 0 : newRs.availableReplicas();
  }

  /**
   * Targets for the other ReplicaSets: unavailable replicas go first, then available ones while the
   * rollout keeps N − maxUnavailable available, newest revision first (upstream
   * reconcileOtherReplicaSets without traffic routing).
   */
  List<Integer> otherTargets() {
    int totalAvailable = state.currentHash() == null ? 0 : availableAll();
    int budget = totalAvailable - (replicas - fenceposts.maxUnavailable());
    List<Integer> targets = new ArrayList<>();
    for (ReplicaSetView rs : others) {
      int target = Math.min(rs.specReplicas(), rs.availableReplicas());
      int cut = Math.max(0, Math.min(budget, target));
      budget -= cut;
      targets.add(target - cut);
    }
    return targets;
  }

  private int availableAll() {
    int sum = others.stream().mapToInt(ReplicaSetView::availableReplicas).sum();
    sum += newRs == null ? 0 : newRs.availableReplicas();
    sum += stableRs == null ? 0 : stableRs.availableReplicas();
    return sum;
  }
}
