package dev.stepwise.kube.spec;

import dev.stepwise.domain.RolloutSpec.WorkloadRef;
import java.util.Map;

/**
 * Reads {@code spec.workloadRef}. The kube layer resolves the reference in memory before mapping
 * (the template then carries {@code templateResolvedFromRef}); when it could not, this reports
 * upstream's reason: a template that is not empty, an unsupported kind, or a missing workload.
 */
final class WorkloadRefMapper {
  private static final String PATH = "spec.workloadRef";

  private WorkloadRefMapper() {}

  /** The reference, or null when there is none; resolution problems go to {@code d}. */
  static WorkloadRef map(Decoder d, Map<String, Object> spec) {
    if (spec.get("workloadRef") == null) {
      return null;
    }
    Map<String, Object> raw = d.object(spec, "workloadRef", PATH);
    String apiVersion = d.string(raw, "apiVersion", PATH + ".apiVersion");
    String kind = d.string(raw, "kind", PATH + ".kind");
    String name = d.string(raw, "name", PATH + ".name");
    String scaleDown = d.string(raw, "scaleDown", PATH + ".scaleDown");
    WorkloadRef ref = new WorkloadRef(apiVersion, kind, name, normalise(scaleDown));
    if (Boolean.TRUE.equals(spec.get("templateResolvedFromRef"))) {
      return ref;
    }
    String group = apiVersion == null || !apiVersion.contains("/") ? "" : apiVersion.split("/")[0];
    String resource = resource(group, kind);
    if (!emptyTemplate(spec.get("template"))) {
      return ref; // not resolved because it must not be: validation reports the template
    } else if (resource == null) {
      d.error(PATH, "workload of type %s/%s is not supported".formatted(group, kind));
    } else {
      d.error(PATH, "%s \"%s\" not found".formatted(resource, name));
    }
    return ref;
  }

  /** "never", "onsuccess" or "progressively" (upstream compares case-insensitively); "" = never. */
  private static String normalise(String scaleDown) {
    return scaleDown == null || scaleDown.isEmpty() ? "never" : scaleDown.toLowerCase();
  }

  /** The resource name upstream's NotFound error uses, or null for an unsupported kind. */
  private static String resource(String group, String kind) {
    if (group.isEmpty() && "PodTemplate".equals(kind)) {
      return "podtemplates";
    }
    if ("apps".equals(group) && "Deployment".equals(kind)) {
      return "deployments.apps";
    }
    if ("apps".equals(group) && "ReplicaSet".equals(kind)) {
      return "replicasets.apps";
    }
    return null;
  }

  private static boolean emptyTemplate(Object template) {
    if (!(template instanceof Map<?, ?> t) || !(t.get("metadata") instanceof Map<?, ?> meta)) {
      return true;
    }
    return isEmpty(meta.get("labels")) && isEmpty(meta.get("annotations"));
  }

  private static boolean isEmpty(Object v) {
    return v == null || (v instanceof Map<?, ?> m && m.isEmpty());
  }
}
