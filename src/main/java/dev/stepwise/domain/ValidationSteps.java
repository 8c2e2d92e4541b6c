package dev.stepwise.domain;

import static dev.stepwise.domain.ValidationFormat.invalid;
import static dev.stepwise.domain.ValidationFormat.required;

import dev.stepwise.domain.ValidationFacts.TrafficRouting;
import java.util.List;

/** Upstream's rules for one canary step (the loop body of ValidateRolloutStrategyCanary). */
final class ValidationSteps {
  /** Upstream's InvalidStepMessage. */
  static final String INVALID_STEP =
      "Step must have one of the following set: experiment, setWeight, setCanaryScale or pause";

  private ValidationSteps() {}

  /**
   * @param keys the step kinds the step sets, or null when not mapped
   * @param maxWeight trafficRouting.maxTrafficWeight, or 100
   * @param tr the traffic routing, or null
   */
  static void step(
      Step step,
      List<String> keys,
      int index,
      int maxWeight,
      TrafficRouting tr,
      List<String> errs) {
    String path = "spec.strategy.steps[" + index + "]";
    List<String> malformed = step.malformedKeys();
    if (malformed != null) {
      errs.add(malformed(malformed, path));
    }
    if (step.kind() == Step.Kind.SET_WEIGHT && (step.weight() < 0 || step.weight() > maxWeight)) {
      errs.add(
          invalid(
              path + ".setWeight",
              step.weight(),
              "SetWeight needs to be between 0 and " + maxWeight));
    }
    if (step.kind() == Step.Kind.PAUSE && step.pauseSeconds() != null && step.pauseSeconds() < 0) {
      errs.add(
          invalid(
              path + ".pause.duration",
              step.pauseSeconds(),
              "Duration needs to be greater than 0"));
    }
    boolean canaryScale =
        keys != null ? keys.contains("setCanaryScale") : isUnsupported(step, "setCanaryScale");
    if (canaryScale && tr == null) {
      ValidationStrategies.requireTrafficRouting(
          "SetCanaryScale requires TrafficRouting to be set", errs);
    }
    boolean routes =
        keys != null && (keys.contains("setHeaderRoute") || keys.contains("setMirrorRoute"));
    if (routes && tr != null && tr.managedRoutes() == null) {
      errs.add(
          required(
              "spec.strategy.trafficRouting.managedRoutes",
              "Rollout has missing field 'spec.strategy.canary.trafficRouting.managedRoutes'"));
    }
  }

  private static boolean isUnsupported(Step step, String key) {
    return step.kind() == Step.Kind.UNSUPPORTED && key.equals(step.unsupported());
  }

  /**
   * Several of setWeight/pause/experiment/analysis (hasMultipleStepsType), or no action at all,
   * with the booleans upstream prints in each case.
   */
  private static String malformed(List<String> keys, String path) {
    if (keys.isEmpty()) {
      return path
          + ": Invalid value: \"step.Experiment: true step.Pause: true step.SetWeight: true"
          + " step.Analysis: true step.SetCanaryScale: true step.SetHeaderRoute: true"
          + " step.SetMirrorRoutes: true\": "
          + INVALID_STEP;
    }
    return path
        + String.format(
            ": Invalid value: \"step.Experiment: %b step.Pause: %b step.SetWeight: %b"
                + " step.Analysis: %b\": ",
            keys.contains("experiment"),
            keys.contains("pause"),
            keys.contains("setWeight"),
            keys.contains("analysis"))
        + INVALID_STEP;
  }
}
