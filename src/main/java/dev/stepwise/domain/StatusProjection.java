package dev.stepwise.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Projects state and observations onto the Rollout's .status (semantics §1.5–§1.7). */
final class StatusProjection {
  private StatusProjection() {}

  static RolloutStatusView status(
      RolloutState s, CanaryView view, String invalid, Context context) {
    List<ReplicaSetView> all = new ArrayList<>(view.others());
    if (view.newRs() != null) {
      all.add(view.newRs());
    }
    if (view.stableRs() != null) {
      all.add(view.stableRs());
    }
    int replicas = all.stream().mapToInt(ReplicaSetView::replicas).sum();
    int ready = all.stream().mapToInt(ReplicaSetView::readyReplicas).sum();
    int available = all.stream().mapToInt(ReplicaSetView::availableReplicas).sum();
    int updated = view.newRs() == null ? 0 : view.newRs().replicas();
    Counts counts = new Counts(view.replicas(), replicas, updated, available);
    String[] phase = phase(s, invalid, counts);
    List<RolloutStatusView.PauseCondition> pauses =
        s.pause() == null
            ? List.of()
            : List.of(
                new RolloutStatusView.PauseCondition(s.pause().reason(), s.pause().startTime()));
    List<ConditionView> conditions = Conditions.of(s, view, invalid, phase[0], available, context);
    return new RolloutStatusView(
        phase[0],
        phase[1],
        Long.toString(s.generation()),
        s.currentHash(),
        s.stableHash() == null ? "" : s.stableHash(),
        Specs.hasSteps(s.spec()) ? s.stepIndex() : null,
        Specs.stepsHash(s.spec()),
        pauses,
        s.pause() != null,
        s.abort() != null,
        s.abort() == null ? null : s.abort().at(),
        s.promoteFull(),
        replicas,
        updated,
        ready,
        available,
        replicas,
        selector(s.spec()),
        conditions);
  }

  private record Counts(int desired, int replicas, int updated, int available) {}

  /** Upstream CalculateRolloutPhase for a basic canary; the first match wins. */
  private static String[] phase(RolloutState s, String invalid, Counts c) {
    if (invalid != null) {
      return new String[] {"Degraded", "InvalidSpec: " + invalid};
    }
    if (s.abort() != null) {
      return new String[] {"Degraded", "RolloutAborted: " + s.abort().message()};
    }
    if (s.spec().paused()) {
      return new String[] {"Paused", "manually paused"};
    }
    if (s.pause() != null) {
      return new String[] {"Paused", s.pause().reason()};
    }
    if (c.updated() < c.desired()) {
      return new String[] {"Progressing", "more replicas need to be updated"};
    }
    if (c.available() < c.updated()) {
      return new String[] {"Progressing", "updated replicas are still becoming available"};
    }
    if (c.replicas() > c.updated()) {
      return new String[] {"Progressing", "old replicas are pending termination"};
    }
    if (s.currentHash() == null || !s.currentHash().equals(s.stableHash())) {
      return new String[] {"Progressing", "waiting for all steps to complete"};
    }
    return new String[] {"Healthy", ""};
  }

  /** The rollout selector as a label-selector string, keys sorted. */
  static String selector(RolloutSpec spec) {
    Map<String, String> labels = spec.selectorMatchLabels();
    if (labels == null) {
      return "";
    }
    return new TreeMap<>(labels)
        .entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(","));
  }

  static Instant at(Context c) {
    return c.now();
  }
}
