package dev.stepwise.domain.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/** Names and labels of AnalysisRuns a rollout creates (upstream §3.14). */
public final class RolloutRuns {
  public static final String LABEL_TYPE = "rollout-type";
  public static final String LABEL_STEP_INDEX = "step-index";
  public static final String LABEL_POD_TEMPLATE_HASH = "rollouts-pod-template-hash";

  private RolloutRuns() {}

  /** Why a rollout runs an analysis, with the {@code rollout-type} label value. */
  public enum Kind {
    STEP("Step"),
    BACKGROUND("Background"),
    PRE_PROMOTION("PrePromotion"),
    POST_PROMOTION("PostPromotion");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * {@code <rollout>-<podTemplateHash>-<revision>[-<infix>]}: the step index for step runs, {@code
   * pre}/{@code post} for blue-green promotion runs, nothing for background runs.
   */
  public static String name(
      String rollout, String podTemplateHash, long revision, Kind kind, Integer stepIndex) {
    String base = rollout + "-" + podTemplateHash + "-" + revision;
    return switch (kind) {
      case STEP -> base + "-" + stepIndex;
      case BACKGROUND -> base;
      case PRE_PROMOTION -> base + "-pre";
      case POST_PROMOTION -> base + "-post";
    };
  }

  /** The name after {@code collisions} taken names: {@code name}, then {@code name.1}, .2, ... */
  public static String withCollisionSuffix(String name, int collisions) {
    return collisions <= 0 ? name : name + "." + collisions;
  }

  /** The labels Stepwise owns on such a run (selector and metadata labels are the caller's). */
  public static Map<String, String> labels(String podTemplateHash, Kind kind, Integer stepIndex) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(LABEL_POD_TEMPLATE_HASH, podTemplateHash);
    labels.put(LABEL_TYPE, kind.label());
    if (kind == Kind.STEP) {
      labels.put(LABEL_STEP_INDEX, String.valueOf(stepIndex));
    }
    return labels;
  }
}
