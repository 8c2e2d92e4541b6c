package dev.stepwise.kube;

import java.util.Map;
import java.util.TreeMap;

/**
 * Ephemeral pod metadata (canaryMetadata / stableMetadata): labels and annotations injected into a
 * ReplicaSet's pod template and its live pods, and recorded on the ReplicaSet in the {@code
 * rollout.argoproj.io/ephemeral-metadata} annotation so they can be removed later.
 */
record PodMetadata(Map<String, String> labels, Map<String, String> annotations) {
  static final String ANNOTATION = "rollout.argoproj.io/ephemeral-metadata";
  static final PodMetadata NONE = new PodMetadata(Map.of(), Map.of());

  PodMetadata {
    labels = labels == null ? Map.of() : new TreeMap<>(labels);
    annotations = annotations == null ? Map.of() : new TreeMap<>(annotations);
  }

  /** Reads {labels, annotations} from a raw tree; null when the field is absent. */
  static PodMetadata of(Object raw) {
    if (!(raw instanceof Map<?, ?> m)) {
      return null;
    }
    return new PodMetadata(strings(m.get("labels")), strings(m.get("annotations")));
  }

  /** What a ReplicaSet records as injected, or null when it records nothing (or garbage). */
  static PodMetadata recorded(
      Map<String, String> rsAnnotations, tools.jackson.databind.ObjectMapper json) {
    String raw = rsAnnotations == null ? null : rsAnnotations.get(ANNOTATION);
    if (raw == null) {
      return null;
    }
    try {
      return of(json.readValue(raw, Map.class));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The annotation value, as Go's encoding/json writes PodTemplateMetadata (sorted, omitempty). */
  String toJson() {
    StringBuilder b = new StringBuilder("{");
    if (!labels.isEmpty()) {
      b.append("\"labels\":").append(object(labels));
    }
    if (!annotations.isEmpty()) {
      b.append(labels.isEmpty() ? "" : ",").append("\"annotations\":").append(object(annotations));
    }
    return b.append('}').toString();
  }

  private static String object(Map<String, String> m) {
    StringBuilder b = new StringBuilder("{");
    m.forEach(
        (k, v) ->
            b.append(b.length() > 1 ? "," : "")
                .append(dev.stepwise.kube.spec.GoJson.quote(k))
                .append(':')
                .append(dev.stepwise.kube.spec.GoJson.quote(v)));
    return b.append('}').toString();
  }

  private static Map<String, String> strings(Object raw) {
    Map<String, String> out = new TreeMap<>();
    if (raw instanceof Map<?, ?> m) {
      m.forEach(
          (k, v) -> {
            if (v instanceof String s) {
              out.put(String.valueOf(k), s);
            }
          });
    }
    return out;
  }
}
