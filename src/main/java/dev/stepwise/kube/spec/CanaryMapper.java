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
          "scaleDownDelaySeconds",
          "scaleDownDelayRevisionLimit",
          "abortScaleDownDelaySeconds",
          "dynamicStableScale",
          "pingPong",
          "minPodsPerReplicaSet",
          "replicaProgressThreshold");

  /** The step kinds upstream allows at most one of (its hasMultipleStepsType). */
  private static final List<String> ACTION_KEYS =
      List.of("setWeight", "pause", "experiment", "analysis");

  private static final List<String> BASIC_KEYS = List.of("setWeight", "pause");

  private final Decoder decoder;
  private final AnalysisMapper analyses;
  private final List<List<String>> stepKeys = new ArrayList<>();

  CanaryMapper(Decoder decoder) {
    this(decoder, null);
  }

  /** {@code rollout}: the whole Rollout (for fieldRef arguments), or null. */
  CanaryMapper(Decoder decoder, Map<String, Object> rollout) {
    this.decoder = decoder;
    this.analyses = new AnalysisMapper(decoder, rollout);
  }

  /** For each step mapped so far, the step kinds it sets (upstream's keys, in STEP_KEYS order). */
  List<List<String>> stepKeys() {
    return List.copyOf(stepKeys);
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
        unsupported(canary),
        analyses.map(canary.get("analysis"), PATH + ".analysis", true));
  }

  /**
   * One step. A step with several of setWeight/pause/experiment/analysis, or with no action at all,
   * keeps its index (so step numbers stay those the user sees) as a {@link Step#malformed} step,
   * which validation reports with upstream's message. Keys the CRD does not know are ignored, as
   * the API server prunes them.
   */
  private Step step(Object raw, String path) {
    if (!(raw instanceof Map<?, ?> map)) {
      decoder.error(path, "a step must be an object");
      stepKeys.add(List.of());
      return Step.unsupported("invalid");
    }
    List<String> keys = new ArrayList<>();
    for (String key : STEP_KEYS) {
      if (map.get(key) != null) {
        keys.add(key);
      }
    }
    stepKeys.add(List.copyOf(keys));
    List<String> actions = keys.stream().filter(ACTION_KEYS::contains).toList();
    if (actions.size() > 1 || keys.isEmpty()) {
      return Step.malformed(actions.size() > 1 ? actions : List.of());
    }
    // with setCanaryScale or a route beside a weight or pause, the step is not a basic one
    String key = keys.stream().filter(k -> !BASIC_KEYS.contains(k)).findFirst().orElse(keys.get(0));
    Object value = map.get(key);
    return switch (key) {
      case "setWeight" -> setWeight(value, path + ".setWeight");
      case "pause" -> pause(value, path + ".pause");
      case "analysis" -> {
        var analysis = analyses.map(value, path + ".analysis", false);
        yield analysis == null ? Step.unsupported("analysis") : Step.analysis(analysis);
      }
      default -> Step.unsupported(key);
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
