package dev.stepwise.kube.spec;

import dev.stepwise.domain.IntOrPercent;
import dev.stepwise.domain.RolloutSpec.CanarySpec;
import dev.stepwise.domain.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Maps {@code spec.strategy.canary} to the domain's {@link CanarySpec}, tolerantly. */
final class CanaryMapper {
  private static final String PATH = "spec.strategy.canary";
  private static final List<String> STEP_KEYS =
      List.of(
          "setWeight",
          "pause",
          "experiment",
          "analysis",
          "setCanaryScale",
          "setHeaderRoute",
          "setMirrorRoute",
          "plugin");

  /** Canary fields Stepwise does not implement yet, in upstream declaration order. */
  static final List<String> UNSUPPORTED_FIELDS =
      List.of(
          "canaryService",
          "stableService",
          "trafficRouting",
          "analysis",
          "scaleDownDelaySeconds",
          "scaleDownDelayRevisionLimit",
          "abortScaleDownDelaySeconds",
          "dynamicStableScale",
          "pingPong",
          "minPodsPerReplicaSet",
          "replicaProgressThreshold");

  /** Upstream's InvalidStepMessage, for a step with no action or several. */
  static final String INVALID_STEP =
      "Step must have one of the following set: experiment, setWeight, setCanaryScale or pause";

  private final Decoder decoder;

  CanaryMapper(Decoder decoder) {
    this.decoder = decoder;
  }

  CanarySpec map(Map<String, Object> canary) {
    List<?> rawSteps = decoder.list(canary, "steps", PATH + ".steps");
    List<Step> steps = new ArrayList<>();
    if (rawSteps != null) {
      for (int i = 0; i < rawSteps.size(); i++) {
        steps.add(step(rawSteps.get(i), PATH + ".steps[" + i + "]"));
      }
    }
    return new CanarySpec(
        List.copyOf(steps),
        PodTemplateHasher.stepsHash(rawSteps),
        intOrPercent(canary.get("maxSurge"), PATH + ".maxSurge"),
        intOrPercent(canary.get("maxUnavailable"), PATH + ".maxUnavailable"),
        unsupported(canary));
  }

  /**
   * One step. A malformed step keeps its index (so step numbers stay those the user sees) as an
   * UNSUPPORTED step named after its key, with the reason in decodeErrors.
   */
  private Step step(Object raw, String path) {
    if (!(raw instanceof Map<?, ?> map)) {
      decoder.error(path, "a step must be an object");
      return Step.unsupported("invalid");
    }
    List<String> keys = new ArrayList<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (e.getValue() != null) {
        keys.add(String.valueOf(e.getKey()));
      }
    }
    if (keys.size() != 1) {
      decoder.error(path, INVALID_STEP);
      return Step.unsupported(keys.isEmpty() ? "empty" : String.join("+", keys));
    }
    String key = keys.get(0);
    Object value = map.get(key);
    return switch (key) {
      case "setWeight" -> setWeight(value, path + ".setWeight");
      case "pause" -> pause(value, path + ".pause");
      default -> {
        if (!STEP_KEYS.contains(key)) {
          decoder.error(path + "." + key, "unknown step type");
        }
        yield Step.unsupported(key);
      }
    };
  }

  private Step setWeight(Object value, String path) {
    Integer weight = decoder.int32(value, path);
    if (weight == null) {
      return Step.unsupported("setWeight");
    }
    return Step.setWeight(weight);
  }

  private Step pause(Object value, String path) {
    if (!(value instanceof Map<?, ?> pause)) {
      decoder.error(path, "expected an object, got " + GoJson.quote(value.toString()));
      return Step.pause(-1L);
    }
    Object duration = pause.get("duration");
    if (duration == null) {
      return Step.pause(null);
    }
    // -1 is the domain's "invalid duration" (InvalidSpec), not a decode error: the field decoded
    return Step.pause(GoDuration.pauseSeconds(duration));
  }

  /** maxSurge / maxUnavailable: an int, or any string read as a percent ("25%" or "25"). */
  private IntOrPercent intOrPercent(Object value, String path) {
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      String digits = s.endsWith("%") ? s.substring(0, s.length() - 1) : s;
      if (digits.matches("[+-]?\\d{1,9}")) {
        return new IntOrPercent(Integer.parseInt(digits), true);
      }
      decoder.error(path, "invalid value for IntOrString: " + GoJson.quote(s));
      return null;
    }
    Integer i = decoder.int32(value, path);
    return i == null ? null : new IntOrPercent(i, false);
  }

  private static List<String> unsupported(Map<String, Object> canary) {
    List<String> present = new ArrayList<>();
    for (String field : UNSUPPORTED_FIELDS) {
      Object v = canary.get(field);
      boolean zero = v == null || "".equals(v) || Boolean.FALSE.equals(v);
      if (!zero) {
        present.add(field);
      }
    }
    return List.copyOf(present);
  }
}
