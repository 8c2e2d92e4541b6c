package dev.stepwise.kube.spec;

import java.util.Map;

/** RFC 7386 JSON merge patch over raw trees, as the API server applies the plugin's patches. */
final class MergePatch {
  /** Stands for a JSON null in a patch built with {@code Map.of} (which rejects null values). */
  static final Object NULL = new Object();

  private MergePatch() {}

  @SuppressWarnings("unchecked")
  static void apply(Map<String, Object> target, Map<String, Object> patch) {
    patch.forEach(
        (key, value) -> {
          if (value == null || value == NULL) {
            target.remove(key);
          } else if (value instanceof Map<?, ?> nested
              && target.get(key) instanceof Map<?, ?> existing) {
            apply((Map<String, Object>) existing, (Map<String, Object>) nested);
          } else {
            target.put(key, value);
          }
        });
  }
}
