package dev.stepwise.kube.spec;

import dev.stepwise.domain.PodTemplateHash;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The pod-template hash upstream puts in ReplicaSet names and the {@code
 * rollouts-pod-template-hash} label, the canary steps hash of {@code status.currentStepHash}, and
 * the semantic template equality used to recognise an existing ReplicaSet whose hash differs.
 */
public final class PodTemplateHasher {
  /** The label upstream adds to ReplicaSets and their pods. */
  public static final String HASH_LABEL = "rollouts-pod-template-hash";

  private PodTemplateHasher() {}

  /** The hash of a Rollout's spec.template as stored, with status.collisionCount (or null). */
  public static String hash(Map<String, Object> template, Integer collisionCount) {
    return hash(template, collisionCount, (path, reason) -> {});
  }

  /** As {@link #hash(Map, Integer)}, reporting undecodable fields as (path, reason). */
  public static String hash(
      Map<String, Object> template, Integer collisionCount, BiConsumer<String, String> problems) {
    Map<String, Object> t = template == null ? Map.of() : template;
    return PodTemplateHash.of(GoJson.podTemplate(t, "spec.template", problems), collisionCount);
  }

  /** The hash of canary.steps (upstream's ComputeStepHash); {@code steps} may be null. */
  public static String stepsHash(Object steps) {
    return PodTemplateHash.of(GoJson.canarySteps(steps), null);
  }

  /**
   * Whether two templates describe the same pods: both are pod-defaulted, the hash label and the
   * deprecated serviceAccount are ignored, and the rest is compared in its Go JSON form (so "0.5"
   * and "500m" cpu are equal, and key order does not matter).
   */
  public static boolean templateEquals(Map<String, Object> a, Map<String, Object> b) {
    return normalised(a).equals(normalised(b));
  }

  private static String normalised(Map<String, Object> template) {
    Map<String, Object> t = PodDefaults.apply(template == null ? Map.of() : template);
    if (t.get("metadata") instanceof Map<?, ?> meta && meta.get("labels") instanceof Map<?, ?> l) {
      l.remove(HASH_LABEL);
    }
    if (t.get("spec") instanceof Map<?, ?> spec) {
      spec.remove("serviceAccount");
    }
    return GoJson.podTemplate(t);
  }
}
