package dev.stepwise.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves {@code spec.workloadRef} in memory, as upstream's template resolver does: the Rollout's
 * template (and its selector, when the Rollout has none) are taken from the referenced workload and
 * {@code spec.templateResolvedFromRef} is set, so kube.spec can tell a resolved template from one
 * the user wrote. Nothing resolved is ever written back.
 */
final class WorkloadRefs {
  /** Rollout annotation holding the generation of the referenced workload (as upstream). */
  static final String GENERATION_ANNOTATION = "rollout.argoproj.io/workload-generation";

  /** The in-memory marker upstream also keeps (TemplateResolvedFromRef, never serialised). */
  static final String RESOLVED_MARKER = "templateResolvedFromRef";

  private WorkloadRefs() {}

  /** spec.workloadRef of a Rollout, or empty. */
  static Optional<Map<String, Object>> ref(GenericKubernetesResource rollout) {
    Map<String, Object> spec = RawMaps.map(rollout.getAdditionalProperties().get("spec"));
    Object ref = spec.get("workloadRef");
    return ref instanceof Map<?, ?> ? Optional.of(RawMaps.map(ref)) : Optional.empty();
  }

  /** The workload a Rollout refers to, if it refers to one and the cache holds it. */
  static Optional<GenericKubernetesResource> workload(
      GenericKubernetesResource rollout, Workloads workloads) {
    if (workloads == null) {
      return Optional.empty();
    }
    return ref(rollout)
        .flatMap(
            r ->
                workloads.find(
                    text(r.get("apiVersion")),
                    text(r.get("kind")),
                    rollout.getMetadata().getNamespace(),
                    text(r.get("name"))));
  }

  /** The Rollout with its template resolved, or the Rollout itself when there is nothing to do. */
  static GenericKubernetesResource resolve(GenericKubernetesResource rollout, Workloads workloads) {
    if (rollout == null || ref(rollout).isEmpty()) {
      return rollout;
    }
    Map<String, Object> spec = RawMaps.map(rollout.getAdditionalProperties().get("spec"));
    if (!emptyTemplate(spec.get("template"))) {
      return rollout; // "template must be empty for workload reference rollout" (kube.spec)
    }
    Optional<GenericKubernetesResource> workload = workload(rollout, workloads);
    if (workload.isEmpty()) {
      return rollout; // not found (kube.spec reports it)
    }
    Map<String, Object> source = workload.get().getAdditionalProperties();
    boolean podTemplate = "PodTemplate".equals(workload.get().getKind());
    Map<String, Object> template =
        podTemplate
            ? RawMaps.map(source.get("template"))
            : RawMaps.map(RawMaps.map(source.get("spec")).get("template"));
    Map<String, Object> resolved = new LinkedHashMap<>(spec);
    resolved.put("template", template);
    resolved.put(RESOLVED_MARKER, true);
    if (spec.get("selector") == null && !podTemplate) {
      Object selector = RawMaps.map(source.get("spec")).get("selector");
      if (selector != null) {
        resolved.put("selector", selector);
      }
    }
    return copyWithSpec(rollout, resolved);
  }

  /** The workload's metadata.generation as upstream writes it into the annotation. */
  static String generation(GenericKubernetesResource workload) {
    Long g = workload.getMetadata().getGeneration();
    return Long.toString(g == null ? 0 : g);
  }

  private static boolean emptyTemplate(Object template) {
    Map<String, Object> t = RawMaps.map(template);
    Map<String, Object> meta = RawMaps.map(t.get("metadata"));
    Map<String, Object> podSpec = RawMaps.map(t.get("spec"));
    return RawMaps.map(meta.get("labels")).isEmpty()
        && RawMaps.map(meta.get("annotations")).isEmpty()
        && RawMaps.list(podSpec.get("containers")).isEmpty()
        && RawMaps.list(podSpec.get("initContainers")).isEmpty();
  }

  private static GenericKubernetesResource copyWithSpec(
      GenericKubernetesResource rollout, Map<String, Object> spec) {
    GenericKubernetesResource copy = new GenericKubernetesResource();
    copy.setApiVersion(rollout.getApiVersion());
    copy.setKind(rollout.getKind());
    ObjectMeta meta = rollout.getMetadata();
    copy.setMetadata(meta);
    Map<String, Object> props = new LinkedHashMap<>(rollout.getAdditionalProperties());
    props.put("spec", spec);
    props.forEach(copy::setAdditionalProperty);
    return copy;
  }

  private static String text(Object v) {
    return v instanceof String s ? s : null;
  }
}
