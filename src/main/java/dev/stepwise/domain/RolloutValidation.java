package dev.stepwise.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The InvalidSpec rules reachable for a basic canary, with upstream's field paths and messages
 * (pkg/apis/rollouts/validation/validation.go) formatted like Kubernetes field.Error strings, plus
 * the features Stepwise does not support yet.
 */
public final class RolloutValidation {
  private RolloutValidation() {}

  /** The InvalidSpec condition message for the first error, or null when the spec is valid. */
  public static String invalidSpecMessage(String name, RolloutSpec spec) {
    List<String> errors = validate(spec);
    return errors.isEmpty() ? null : "The Rollout \"" + name + "\" is invalid: " + errors.get(0);
  }

  /** Every field error, in upstream's order (decode errors first, unsupported features last). */
  public static List<String> validate(RolloutSpec spec) {
    List<String> errs = new ArrayList<>();
    if (spec == null) {
      return errs;
    }
    errs.addAll(spec.decodeErrors() == null ? List.of() : spec.decodeErrors());
    if (spec.replicas() != null && spec.replicas() < 0) {
      errs.add(invalid("spec.replicas", spec.replicas(), "must be greater than or equal to 0"));
    }
    selector(spec, errs);
    if (spec.minReadySeconds() < 0) {
      errs.add(invalid("spec.minReadySeconds", spec.minReadySeconds(), nonNegative()));
    }
    int history = orElse(spec.revisionHistoryLimit(), Specs.DEFAULT_REVISION_HISTORY_LIMIT);
    if (history < 0) {
      errs.add(invalid("spec.revisionHistoryLimit", history, nonNegative()));
    }
    int deadline = orElse(spec.progressDeadlineSeconds(), Specs.DEFAULT_PROGRESS_DEADLINE);
    if (deadline < 0) {
      errs.add(invalid("spec.progressDeadlineSeconds", deadline, nonNegative()));
    }
    if (deadline <= spec.minReadySeconds()) {
      errs.add(
          invalid(
              "spec.progressDeadlineSeconds", deadline, "must be greater than minReadySeconds"));
    }
    strategy(spec, errs);
    return errs;
  }

  private static void selector(RolloutSpec spec, List<String> errs) {
    Map<String, String> match = spec.selectorMatchLabels();
    if (match == null && !spec.selectorHasExpressions()) {
      errs.add("spec.selector: Required value: Rollout has missing field '.spec.selector'");
      return;
    }
    if ((match == null || match.isEmpty()) && !spec.selectorHasExpressions()) {
      errs.add(
          "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{},"
              + " MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid"
              + " for deployment");
      return;
    }
    Map<String, String> labels = spec.templateLabels() == null ? Map.of() : spec.templateLabels();
    boolean matches =
        match == null
            || match.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    if (!matches) {
      errs.add(
          "spec.template.metadata.labels: Invalid value: "
              + goMap(labels)
              + ": `selector` does not match template `labels`");
    }
  }

  private static void strategy(RolloutSpec spec, List<String> errs) {
    RolloutSpec.CanarySpec canary = spec.canary();
    if (canary == null && !spec.blueGreen()) {
      errs.add(
          "spec.strategy.strategy: Required value: Rollout has missing field"
              + " '.spec.strategy.canary or .spec.strategy.blueGreen'");
    } else if (canary != null && spec.blueGreen()) {
      errs.add(
          "spec.strategy.strategy: Invalid value: \"blueGreen: true canary: true\": Multiple"
              + " Strategies can not be listed");
    } else if (spec.blueGreen()) {
      errs.add("spec.strategy.blueGreen: strategy blueGreen is not supported by Stepwise yet");
    } else {
      canary(canary, errs);
    }
  }

  private static void canary(RolloutSpec.CanarySpec canary, List<String> errs) {
    IntOrPercent surge = canary.maxSurge();
    IntOrPercent unavailable = canary.maxUnavailable();
    int surgeValue = surge == null ? 25 : surge.value();
    int unavailableValue = unavailable == null ? 25 : unavailable.value();
    if (surgeValue == 0 && unavailableValue == 0) {
      errs.add(
          invalidRaw("spec.strategy.maxSurge", goIntOrString(surge))
              + ": MaxSurge and MaxUnavailable both can not be zero");
    }
    List<Step> steps = canary.steps() == null ? List.of() : canary.steps();
    for (int i = 0; i < steps.size(); i++) {
      step(steps.get(i), "spec.strategy.steps[" + i + "]", errs);
    }
    for (String field :
        canary.unsupportedFields() == null ? List.<String>of() : canary.unsupportedFields()) {
      errs.add(
          "spec.strategy.canary." + field + ": " + field + " is not supported by Stepwise yet");
    }
  }

  private static void step(Step step, String path, List<String> errs) {
    List<String> keys = step.malformedKeys();
    if (keys != null) {
      errs.add(malformed(keys, path));
      return;
    }
    switch (step.kind()) {
      case SET_WEIGHT -> {
        if (step.weight() < 0 || step.weight() > 100) {
          errs.add(
              invalid(
                  path + ".setWeight", step.weight(), "SetWeight needs to be between 0 and 100"));
        }
      }
      case PAUSE -> {
        if (step.pauseSeconds() != null && step.pauseSeconds() < 0) {
          errs.add(
              invalid(
                  path + ".pause.duration",
                  step.pauseSeconds(),
                  "Duration needs to be greater than 0"));
        }
      }
      case UNSUPPORTED ->
          errs.add(
              path.replace("spec.strategy.", "spec.strategy.canary.")
                  + "."
                  + step.unsupported()
                  + ": step "
                  + step.unsupported()
                  + " is not supported by Stepwise yet");
    }
  }

  private static String malformed(List<String> keys, String path) {
    String message =
        ": Step must have one of the following set: experiment, setWeight, setCanaryScale or pause";
    if (keys.isEmpty()) {
      return path
          + ": Invalid value: \"step.Experiment: true step.Pause: true step.SetWeight: true"
          + " step.Analysis: true step.SetCanaryScale: true step.SetHeaderRoute: true"
          + " step.SetMirrorRoutes: true\""
          + message;
    }
    return path
        + String.format(
            ": Invalid value: \"step.Experiment: %b step.Pause: %b step.SetWeight: %b step.Analysis: %b\"",
            keys.contains("experiment"),
            keys.contains("pause"),
            keys.contains("setWeight"),
            keys.contains("analysis"))
        + message;
  }

  private static String invalid(String path, Object value, String detail) {
    return invalidRaw(path, String.valueOf(value)) + ": " + detail;
  }

  private static String invalidRaw(String path, String renderedValue) {
    return path + ": Invalid value: " + renderedValue;
  }

  private static String nonNegative() {
    return "must be greater than or equal to 0";
  }

  private static String goIntOrString(IntOrPercent v) {
    if (v == null) {
      return "\"25%\"";
    }
    return v.percent() ? "\"" + v.value() + "%\"" : Integer.toString(v.value());
  }

  /** Go's %#v of a map[string]string (keys sorted, as fmt prints them). */
  private static String goMap(Map<String, String> m) {
    return new TreeMap<>(m)
        .entrySet().stream()
            .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
            .collect(Collectors.joining(", ", "map[string]string{", "}"));
  }

  private static int orElse(Integer v, int dflt) {
    return v == null ? dflt : v;
  }
}
