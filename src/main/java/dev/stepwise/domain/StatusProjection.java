package dev.stepwise.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Projects state and observations onto the Rollout's .status (semantics §1.5–§1.7). */
final class StatusProjection {
  private StatusProjection() {}

  static RolloutStatusView status(
      RolloutState s, CanaryView view, String invalid, Context context) {
    ReplicaCounts counts = ProgressDeadline.counts(view);
    List<ConditionView> conditions = Conditions.of(s, view, invalid, counts, context);
    String[] phase = phase(s, invalid, view.replicas(), counts, conditions);
    List<RolloutStatusView.PauseCondition> pauses =
        s.pause() == null
            ? List.of()
            : List.of(
                new RolloutStatusView.PauseCondition(s.pause().reason(), s.pause().startTime()));
    BlueGreenView bg =
        Specs.blueGreen(s.spec()) != null && s.currentHash() != null
            ? BlueGreenView.of(s, context.replicaSets())
            : null;
    if (bg != null && invalid == null) {
      phase = BlueGreenPhase.refine(phase, bg, counts);
    }
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
        counts.replicas(),
        counts.updated(),
        counts.ready(),
        counts.available(),
        bg == null ? counts.replicas() : BlueGreenPhase.hpaReplicas(bg),
        bg == null ? selector(s.spec()) : BlueGreenPhase.selector(s.spec(), bg),
        conditions,
        bg == null ? null : BlueGreenPhase.status(bg),
        AnalysisStatuses.of(s));
  }

  /** Upstream CalculateRolloutPhase for a basic canary (semantics §1.7); the first match wins. */
  private static String[] phase(
      RolloutState s,
      String invalid,
      int desired,
      ReplicaCounts c,
      List<ConditionView> conditions) {
    if (invalid != null) {
      return new String[] {"Degraded", "InvalidSpec: " + invalid};
    }
    ConditionView progressing = Conditions.find(conditions, Conditions.PROGRESSING);
    if (progressing != null
        && (Conditions.ABORTED.equals(progressing.reason())
            || Conditions.TIMED_OUT.equals(progressing.reason()))) {
      return new String[] {"Degraded", progressing.reason() + ": " + progressing.message()};
    }
    if (s.spec().paused()) {
      return new String[] {"Paused", "manually paused"};
    }
    if (s.pause() != null) {
      return new String[] {"Paused", s.pause().reason()};
    }
    Instant restartAt = s.spec().restartAt();
    if (restartAt != null && !restartAt.equals(s.restartedAt())) {
      return new String[] {"Progressing", "rollout is restarting"};
    }
    if (c.updated() < desired) {
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
