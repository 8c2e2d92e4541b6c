package dev.stepwise.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Computes desired ReplicaSets and status from state and observations; pure. */
final class RolloutPlanner {
  private RolloutPlanner() {}

  static Desired desired(RolloutState state, Context context) {
    if (state.deleted() || state.uid() == null || state.spec() == null) {
      return new Desired(false, List.of(), List.of(), null);
    }
    List<ReplicaSetView> rss = context.replicaSets() == null ? List.of() : context.replicaSets();
    CanaryView view = CanaryView.of(state, rss);
    String invalid = RolloutValidation.invalidSpecMessage(state.name(), state.spec());
    boolean blueGreen = Specs.blueGreen(state.spec()) != null;
    List<Desired.ReplicaSetTarget> targets =
        invalid != null
            ? List.of()
            : blueGreen && state.currentHash() != null && !state.spec().paused()
                ? BlueGreenPlanner.targets(BlueGreenView.of(state, rss), context.now())
                : targets(state, view);
    RolloutStatusView status = StatusProjection.status(state, view, invalid, context);
    if (!blueGreen) {
      return new Desired(state.spec().replicas() == null, targets, deletions(state, view), status);
    }
    return new Desired(
        state.spec().replicas() == null,
        targets,
        deletions(state, view),
        status,
        invalid == null ? BlueGreenPlanner.services(state) : List.of(),
        state.bg().deadlines());
  }

  private static List<Desired.ReplicaSetTarget> targets(RolloutState s, CanaryView view) {
    List<Desired.ReplicaSetTarget> out = new ArrayList<>();
    if (s.currentHash() == null) {
      return out;
    }
    if (s.spec().paused() || AnalysisProgress.inconclusivePaused(s)) {
      // spec.paused and an Inconclusive analysis halt all scaling: keep what is there, but the
      // new RS still gets created.
      int current = view.newRs() == null ? 0 : view.newRs().specReplicas();
      out.add(new Desired.ReplicaSetTarget(s.currentHash(), s.currentRevision(), current));
      return out;
    }
    ReplicaMath.Counts counts = view.counts();
    out.add(new Desired.ReplicaSetTarget(s.currentHash(), s.currentRevision(), counts.canary()));
    if (view.stableRs() != null) {
      out.add(new Desired.ReplicaSetTarget(s.stableHash(), s.stableRevision(), counts.stable()));
    }
    List<Integer> others = view.otherTargets();
    for (int i = 0; i < others.size(); i++) {
      ReplicaSetView rs = view.others().get(i);
      if (rs.specReplicas() > 0 || others.get(i) != rs.specReplicas()) {
        out.add(new Desired.ReplicaSetTarget(rs.podTemplateHash(), rs.revision(), others.get(i)));
      }
    }
    return out;
  }

  /** revisionHistoryLimit: the oldest fully scaled-down other ReplicaSets beyond the limit. */
  private static List<String> deletions(RolloutState s, CanaryView view) {
    Integer limit = s.spec().revisionHistoryLimit();
    int keep = limit == null ? Specs.DEFAULT_REVISION_HISTORY_LIMIT : Math.max(0, limit);
    List<ReplicaSetView> candidates =
        view.others().stream()
            .filter(rs -> !rs.deleting() && rs.specReplicas() == 0 && rs.replicas() == 0)
            .sorted(Comparator.comparingLong(ReplicaSetView::revision))
            .toList();
    int excess = candidates.size() - keep;
    List<String> out = new ArrayList<>();
    for (int i = 0; i < excess; i++) {
      out.add(candidates.get(i).name());
    }
    return out;
  }
}
