package dev.stepwise.kube;

import dev.stepwise.domain.ConditionView;
import dev.stepwise.domain.RolloutStatusView;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a Rollout's .status from the entity's view, in upstream field names, as a JSON merge patch
 * of the status subresource carrying the resourceVersion the decision was based on, so a user's
 * concurrent patch is never overwritten (the API server answers 409 instead).
 */
final class StatusWriter {
  private final KubernetesClient client;

  StatusWriter(KubernetesClient client) {
    this.client = client;
  }

  /** The status fields as upstream names them; null means "absent" (omitempty upstream). */
  static Map<String, Object> fields(RolloutStatusView s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("phase", s.phase());
    m.put("message", emptyToNull(s.message()));
    m.put("observedGeneration", s.observedGeneration());
    m.put("currentPodHash", emptyToNull(s.currentPodHash()));
    m.put("stableRS", emptyToNull(s.stableRS()));
    m.put("currentStepIndex", s.currentStepIndex());
    m.put("currentStepHash", emptyToNull(s.currentStepHash()));
    m.put(
        "pauseConditions",
        s.pauseConditions() == null || s.pauseConditions().isEmpty()
            ? null
            : s.pauseConditions().stream()
                .map(
                    p -> {
                      Map<String, Object> c = new LinkedHashMap<>();
                      c.put("reason", p.reason());
                      c.put("startTime", time(p.startTime()));
                      return c;
                    })
                .toList());
    m.put("controllerPause", s.controllerPause() ? Boolean.TRUE : null);
    m.put("abort", s.abort() ? Boolean.TRUE : null);
    m.put("abortedAt", time(s.abortedAt()));
    m.put("promoteFull", s.promoteFull() ? Boolean.TRUE : null);
    m.put("replicas", s.replicas());
    m.put("updatedReplicas", s.updatedReplicas());
    m.put("readyReplicas", s.readyReplicas());
    m.put("availableReplicas", s.availableReplicas());
    m.put("HPAReplicas", s.hpaReplicas());
    m.put("selector", emptyToNull(s.selector()));
    m.put("blueGreen", blueGreen(s.blueGreen(), s.analysisRuns()));
    m.put("canary", s.blueGreen() == null ? canary(s.analysisRuns()) : null);
    m.put(
        "conditions",
        s.conditions() == null
            ? null
            : s.conditions().stream().map(StatusWriter::condition).toList());
    return m;
  }

  /** status.blueGreen, or null for a canary. */
  private static Map<String, Object> blueGreen(
      RolloutStatusView.BlueGreenStatus bg, RolloutStatusView.AnalysisRunStatuses runs) {
    if (bg == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("activeSelector", emptyToNull(bg.activeSelector()));
    m.put("previewSelector", emptyToNull(bg.previewSelector()));
    m.put("scaleUpPreviewCheckPoint", bg.scaleUpPreviewCheckPoint() ? Boolean.TRUE : null);
    m.put("prePromotionAnalysisRunStatus", run(runs == null ? null : runs.prePromotion()));
    m.put("postPromotionAnalysisRunStatus", run(runs == null ? null : runs.postPromotion()));
    return m;
  }

  /** status.canary: the current step and background AnalysisRuns (nulls clear them). */
  private static Map<String, Object> canary(RolloutStatusView.AnalysisRunStatuses runs) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("currentStepAnalysisRunStatus", run(runs == null ? null : runs.step()));
    m.put("currentBackgroundAnalysisRunStatus", run(runs == null ? null : runs.background()));
    return m;
  }

  private static Map<String, Object> run(RolloutStatusView.RunStatus r) {
    if (r == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.name());
    m.put("status", r.status());
    m.put("message", emptyToNull(r.message()));
    return m;
  }

  private static Map<String, Object> condition(ConditionView c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", c.type());
    m.put("status", c.status());
    m.put("reason", c.reason());
    m.put("message", c.message());
    m.put("lastTransitionTime", time(c.lastTransitionTime()));
    m.put("lastUpdateTime", time(c.lastUpdateTime()));
    return m;
  }

  /** True when the object's status already holds every field of {@code wanted}. */
  static boolean upToDate(GenericKubernetesResource rollout, Map<String, Object> wanted) {
    return sameFields(RawMaps.map(rollout.getAdditionalProperties().get("status")), wanted);
  }

  /**
   * True when {@code written} (fields as {@link #fields} makes them) holds every field of {@code
   * wanted}.
   */
  static boolean sameFields(Map<String, Object> written, Map<String, Object> wanted) {
    for (var e : wanted.entrySet()) {
      if (!sameJson(e.getValue(), written.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Patches the status; returns the new resourceVersion. Throws KubernetesClientException (409 when
   * the object changed since {@code knownResourceVersion}).
   */
  String write(GenericKubernetesResource rollout, Map<String, Object> wanted, long knownRv) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("metadata", Map.of("resourceVersion", Long.toString(knownRv)));
    body.put("status", wanted);
    String json = client.getKubernetesSerialization().asJson(body);
    GenericKubernetesResource updated =
        Rollouts.of(client)
            .inNamespace(rollout.getMetadata().getNamespace())
            .resource(
                PatchTarget.rollout(
                    rollout.getMetadata().getNamespace(), rollout.getMetadata().getName()))
            .subresource("status")
            .patch(PatchContext.of(PatchType.JSON_MERGE), json);
    return updated.getMetadata().getResourceVersion();
  }

  /** Compares values as JSON would: numbers by value, null equal to absent or empty. */
  private static boolean sameJson(Object a, Object b) {
    if (isEmpty(a) || isEmpty(b)) {
      return isEmpty(a) && isEmpty(b);
    }
    if (a instanceof Number x && b instanceof Number y) {
      return x.longValue() == y.longValue();
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      var keys = new java.util.HashSet<Object>(x.keySet());
      keys.addAll(y.keySet());
      return keys.stream().allMatch(k -> sameJson(x.get(k), y.get(k)));
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!sameJson(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(String.valueOf(a), String.valueOf(b));
  }

  private static boolean isEmpty(Object v) {
    return v == null
        || (v instanceof List<?> l && l.isEmpty())
        || (v instanceof Map<?, ?> m && m.values().stream().allMatch(StatusWriter::isEmpty))
        || (v instanceof String s && s.isEmpty());
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static String time(Instant t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
