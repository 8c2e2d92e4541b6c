package dev.stepwise.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a spec asks for that Stepwise does not do yet: reported after every upstream error, so a
 * manifest upstream would reject gets upstream's message first.
 */
final class ValidationUnsupported {
  private static final List<String> STEP_KINDS =
      List.of("experiment", "setCanaryScale", "setHeaderRoute", "setMirrorRoute", "plugin");

  private ValidationUnsupported() {}

  static List<String> features(RolloutSpec spec) {
    List<String> out = new ArrayList<>();
    RolloutSpec.CanarySpec canary = spec.canary();
    if (canary == null || spec.blueGreen()) {
      return out;
    }
    List<String> fields =
        canary.unsupportedFields() == null ? List.of() : canary.unsupportedFields();
    for (String field : fields) {
      out.add("spec.strategy.canary." + field + ": " + field + " is not supported by Stepwise yet");
    }
    List<Step> steps = canary.steps() == null ? List.of() : canary.steps();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      if (step.kind() == Step.Kind.UNSUPPORTED && STEP_KINDS.contains(step.unsupported())) {
        out.add(
            "spec.strategy.canary.steps["
                + i
                + "]."
                + step.unsupported()
                + ": step "
                + step.unsupported()
                + " is not supported by Stepwise yet");
      }
    }
    return out;
  }
}
