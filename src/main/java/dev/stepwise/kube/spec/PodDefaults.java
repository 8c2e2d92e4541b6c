package dev.stepwise.kube.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The common part of Kubernetes pod defaulting ({@code SetObjectDefaults_PodTemplate}), applied to
 * a deep copy of a raw template. A ReplicaSet's template comes back from the API server defaulted
 * while the Rollout's does not, so both are defaulted before they are compared.
 */
final class PodDefaults {
  private PodDefaults() {}

  /** A defaulted deep copy of {@code template}. */
  static Map<String, Object> apply(Map<String, Object> template) {
    Map<String, Object> copy = deepCopy(template);
    Map<String, Object> spec = child(copy, "spec");
    putIfAbsent(spec, "restartPolicy", "Always");
    putIfAbsent(spec, "terminationGracePeriodSeconds", 30);
    putIfAbsent(spec, "dnsPolicy", "ClusterFirst");
    putIfAbsent(spec, "securityContext", new LinkedHashMap<>());
    putIfAbsent(spec, "schedulerName", "default-scheduler");
    putIfAbsent(spec, "enableServiceLinks", true);
    for (String list : List.of("initContainers", "containers", "ephemeralContainers")) {
      each(spec.get(list), PodDefaults::container);
    }
    each(spec.get("volumes"), PodDefaults::volume);
    return copy;
  }

  private static void container(Map<String, Object> c) {
    putIfAbsent(c, "terminationMessagePath", "/dev/termination-log");
    putIfAbsent(c, "terminationMessagePolicy", "File");
    putIfAbsent(c, "imagePullPolicy", pullPolicy(c.get("image")));
    each(c.get("ports"), p -> putIfAbsent(p, "protocol", "TCP"));
    each(c.get("env"), e -> fieldRef(child(e, "valueFrom")));
    for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
      if (c.get(probe) instanceof Map<?, ?>) {
        probe(child(c, probe));
      }
    }
  }

  private static String pullPolicy(Object image) {
    String ref = image instanceof String s ? s : "";
    if (ref.contains("@")) {
      return "IfNotPresent";
    }
    int slash = ref.lastIndexOf('/');
    int colon = ref.lastIndexOf(':');
    boolean tagged = colon > slash;
    return !tagged || ref.endsWith(":latest") ? "Always" : "IfNotPresent";
  }

  private static void probe(Map<String, Object> p) {
    putIfAbsent(p, "timeoutSeconds", 1);
    putIfAbsent(p, "periodSeconds", 10);
    putIfAbsent(p, "successThreshold", 1);
    putIfAbsent(p, "failureThreshold", 3);
    if (p.get("httpGet") instanceof Map<?, ?>) {
      Map<String, Object> http = child(p, "httpGet");
      putIfAbsent(http, "path", "/");
      putIfAbsent(http, "scheme", "HTTP");
    }
  }

  private static void volume(Map<String, Object> v) {
    for (String source : List.of("configMap", "secret", "downwardAPI", "projected")) {
      if (v.get(source) instanceof Map<?, ?>) {
        putIfAbsent(child(v, source), "defaultMode", 420);
      }
    }
    if (v.get("downwardAPI") instanceof Map<?, ?>) {
      each(child(v, "downwardAPI").get("items"), item -> fieldRef(item));
    }
    if (v.get("hostPath") instanceof Map<?, ?>) {
      putIfAbsent(child(v, "hostPath"), "type", "");
    }
    boolean anySource = v.keySet().stream().anyMatch(k -> !k.equals("name"));
    if (!anySource) {
      v.put("emptyDir", new LinkedHashMap<>());
    }
  }

  private static void fieldRef(Map<String, Object> holder) {
    if (holder.get("fieldRef") instanceof Map<?, ?>) {
      putIfAbsent(child(holder, "fieldRef"), "apiVersion", "v1");
    }
  }

  private static void putIfAbsent(Map<String, Object> map, String key, Object value) {
    if (map.get(key) == null) {
      map.put(key, value);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> map, String key) {
    if (map.get(key) instanceof Map<?, ?> existing) {
      return (Map<String, Object>) existing;
    }
    Map<String, Object> created = new LinkedHashMap<>();
    map.put(key, created);
    return created;
  }

  @SuppressWarnings("unchecked")
  private static void each(Object list, java.util.function.Consumer<Map<String, Object>> action) {
    if (list instanceof List<?> items) {
      for (Object item : items) {
        if (item instanceof Map<?, ?> m) {
          action.accept((Map<String, Object>) m);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  static <T> T deepCopy(T value) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> copy = new LinkedHashMap<>();
      m.forEach((k, v) -> copy.put(String.valueOf(k), deepCopy(v)));
      return (T) copy;
    }
    if (value instanceof List<?> l) {
      List<Object> copy = new ArrayList<>();
      l.forEach(v -> copy.add(deepCopy(v)));
      return (T) copy;
    }
    return value;
  }
}
