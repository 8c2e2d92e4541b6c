package dev.stepwise.domain;

import java.util.List;

/** Null-safe readings of a {@link RolloutSpec} with upstream defaults applied. */
final class Specs {
  static final int DEFAULT_PROGRESS_DEADLINE = 600;
  static final int DEFAULT_REVISION_HISTORY_LIMIT = 10;

  private Specs() {}

  /** spec.replicas, defaulting to 1 as upstream does when it is unset. */
  static int replicas(RolloutSpec spec) {
    return spec == null || spec.replicas() == null ? 1 : spec.replicas();
  }

  /** The canary steps, never null. */
  static List<Step> steps(RolloutSpec spec) {
    if (spec == null || spec.canary() == null || spec.canary().steps() == null) {
      return List.of();
    }
    return spec.canary().steps();
  }

  /** Whether the strategy has canary steps at all (status.currentStepIndex is null otherwise). */
  static boolean hasSteps(RolloutSpec spec) {
    return !steps(spec).isEmpty();
  }

  /** strategy.blueGreen when the rollout uses it (and not also canary, which is invalid). */
  static BlueGreenSpec blueGreen(RolloutSpec spec) {
    return spec == null || spec.canary() != null ? null : spec.blueGreenStrategy();
  }

  static String stepsHash(RolloutSpec spec) {
    return spec == null || spec.canary() == null ? null : spec.canary().stepsHash();
  }

  static IntOrPercent maxSurge(RolloutSpec spec) {
    IntOrPercent v = spec == null || spec.canary() == null ? null : spec.canary().maxSurge();
    return v == null ? IntOrPercent.DEFAULT_25_PERCENT : v;
  }

  static IntOrPercent maxUnavailable(RolloutSpec spec) {
    IntOrPercent v = spec == null || spec.canary() == null ? null : spec.canary().maxUnavailable();
    return v == null ? IntOrPercent.DEFAULT_25_PERCENT : v;
  }

  static RolloutSpec withPaused(RolloutSpec s, boolean paused) {
    if (s == null || s.paused() == paused) {
      return s;
    }
    return new RolloutSpec(
        s.replicas(),
        s.selectorMatchLabels(),
        s.selectorHasExpressions(),
        s.templateLabels(),
        s.podTemplateHash(),
        s.images(),
        s.minReadySeconds(),
        s.progressDeadlineSeconds(),
        s.revisionHistoryLimit(),
        paused,
        s.canary(),
        s.blueGreen(),
        s.decodeErrors(),
        s.progressDeadlineAbort(),
        s.restartAt(),
        s.rollbackWindowRevisions(),
        s.workloadRef(),
        s.validationFacts(),
        s.blueGreenStrategy());
  }
}
