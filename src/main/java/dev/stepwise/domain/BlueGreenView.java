package dev.stepwise.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One blue-green rollout's ReplicaSets sorted into new, stable, active and others, with the sizes
 * the strategy wants for them now (semantics §3.5, §3.7); shared by the decider and the planner.
 */
record BlueGreenView(
    RolloutState state,
    BlueGreenSpec spec,
    ReplicaSetView newRs,
    ReplicaSetView stableRs,
    ReplicaSetView activeRs,
    List<ReplicaSetView> others,
    int replicas) {

  static BlueGreenView of(RolloutState s, List<ReplicaSetView> observed) {
    ReplicaSetView newRs = null;
    ReplicaSetView stableRs = null;
    ReplicaSetView activeRs = null;
    List<ReplicaSetView> others = new ArrayList<>();
    for (ReplicaSetView rs : observed == null ? List.<ReplicaSetView>of() : observed) {
      String hash = rs.podTemplateHash();
      if (hash != null && hash.equals(s.bg().activeHash())) {
        activeRs = rs;
      }
      if (hash != null && hash.equals(s.currentHash())) {
        newRs = rs;
      } else if (hash != null && hash.equals(s.stableHash())) {
        stableRs = rs;
      } else {
        others.add(rs);
      }
    }
    // newest revision first: the ones that keep their delay when the revision limit bites
    others.sort(Comparator.comparingLong(ReplicaSetView::revision).reversed());
    return new BlueGreenView(
        s,
        Specs.blueGreen(s.spec()),
        newRs,
        stableRs,
        activeRs,
        List.copyOf(others),
        Specs.replicas(s.spec()));
  }

  /** Upstream IsSaturated: spec = desired-replicas annotation = available = replicas. */
  boolean saturated(ReplicaSetView rs) {
    return rs != null
        && rs.specReplicas() == replicas
        && (rs.desiredReplicas() == null || rs.desiredReplicas() == replicas)
        && rs.availableReplicas() == replicas
        && rs.replicas() == replicas;
  }

  boolean promoted() {
    return state.currentHash() != null && state.currentHash().equals(state.stableHash());
  }

  /** Skips the pause and the gates: first switch, full promotion, fast rollback. */
  boolean fastTracked() {
    BlueGreenState bg = state.bg();
    return bg.activeHash() == null
        || bg.activeHash().equals(state.currentHash())
        || state.promoteFull()
        || state.rollbackWithinWindow();
  }

  /** The BlueGreenPause is over (or never needed); a pause marks it by advancing the index. */
  boolean pauseDone() {
    return fastTracked() || !spec.needsPause() || state.stepIndex() >= 1;
  }

  boolean preGateOpen() {
    return fastTracked() || !spec.prePromotionAnalysis() || state.bg().prePromotionPassed();
  }

  boolean postGateOpen() {
    return state.rollbackWithinWindow()
        || !spec.postPromotionAnalysis()
        || state.bg().postPromotionPassed();
  }

  /** Upstream scaleUpPreviewCheckPoint: the preview may grow to full size. */
  boolean scaleUpPreviewCheckPoint() {
    return !promoted() && state.abort() == null && pauseDone() && preGateOpen();
  }

  /** The size of the new ReplicaSet: previewReplicaCount until promotion, then full. */
  int newTarget(Instant now) {
    if (state.abort() != null && !promoted()) {
      Instant d = state.bg().deadlines().get(state.currentHash());
      int current = newRs == null ? 0 : newRs.specReplicas();
      return d != null && !now.isBefore(d) ? 0 : current;
    }
    Integer preview = spec.previewReplicaCount();
    if (preview == null || promoted() || fastTracked() || scaleUpPreviewCheckPoint()) {
      return replicas;
    }
    return preview;
  }

  /** Upstream ReadyForPause: the new ReplicaSet is at its size and all of it available. */
  boolean newReady(Instant now) {
    int target = newTarget(now);
    return newRs != null && newRs.specReplicas() == target && newRs.availableReplicas() == target;
  }

  /**
   * Sizes of the other ReplicaSets (in {@link #others} order): each keeps its pods until its
   * deadline, except beyond scaleDownDelayRevisionLimit (newest first), which go at once.
   */
  List<Integer> otherTargets(Instant now) {
    Integer limit = spec.scaleDownDelayRevisionLimit();
    int waiting = 0;
    List<Integer> out = new ArrayList<>();
    for (ReplicaSetView rs : others) {
      Instant d = state.bg().deadlines().get(rs.podTemplateHash());
      if (rs.specReplicas() == 0) {
        out.add(0);
        continue;
      }
      waiting++;
      boolean overLimit = limit != null && waiting > limit;
      out.add(overLimit || (d != null && !now.isBefore(d)) ? 0 : rs.specReplicas());
    }
    return out;
  }

  /** Others that are scaled up, within the revision limit and without a deadline yet. */
  List<ReplicaSetView> needingDeadline() {
    Integer limit = spec.scaleDownDelayRevisionLimit();
    int waiting = 0;
    List<ReplicaSetView> out = new ArrayList<>();
    for (ReplicaSetView rs : others) {
      if (rs.specReplicas() == 0) {
        continue;
      }
      waiting++;
      if ((limit == null || waiting <= limit)
          && !state.bg().deadlines().containsKey(rs.podTemplateHash())) {
        out.add(rs);
      }
    }
    return out;
  }

  /**
   * Blue-green status counts: replicas over all ReplicaSets, updated from the new one, ready and
   * available from the active one (semantics §1.5).
   */
  ReplicaCounts counts() {
    int all = others.stream().mapToInt(ReplicaSetView::replicas).sum();
    all += newRs == null ? 0 : newRs.replicas();
    all += stableRs == null ? 0 : stableRs.replicas();
    return new ReplicaCounts(
        all,
        newRs == null ? 0 : newRs.replicas(),
        activeRs == null ? 0 : activeRs.readyReplicas(),
        activeRs == null ? 0 : activeRs.availableReplicas());
  }
}
