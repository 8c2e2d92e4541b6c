package dev.stepwise.kube;

import dev.stepwise.kube.spec.RolloutSpecMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The Services a blue-green Rollout references, and what the informer knows of them, attached to an
 * in-memory copy of the Rollout for kube.spec (upstream getReferencedServices: a missing Service,
 * or one another rollout manages, makes the spec invalid).
 */
final class ServiceFacts {
  static final String MANAGED_BY = "argo-rollouts.argoproj.io/managed-by-rollouts";

  private ServiceFacts() {}

  /** activeService and previewService of a blue-green Rollout (non-empty ones), else none. */
  static List<String> referenced(GenericKubernetesResource rollout) {
    Map<String, Object> spec = RawMaps.map(rollout.getAdditionalProperties().get("spec"));
    Map<String, Object> bg = RawMaps.map(RawMaps.map(spec.get("strategy")).get("blueGreen"));
    List<String> out = new ArrayList<>();
    for (String key : List.of("activeService", "previewService")) {
      if (bg.get(key) instanceof String name && !name.isEmpty() && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * A copy of {@code rollout} whose spec carries the facts; the rollout itself when it references
   * no Service. {@code lookup} is (namespace, name) → the cached Service or null.
   */
  static GenericKubernetesResource attach(
      GenericKubernetesResource rollout, BiFunction<String, String, Service> lookup) {
    if (rollout == null) {
      return null;
    }
    List<String> names = referenced(rollout);
    if (names.isEmpty()) {
      return rollout;
    }
    String ns = rollout.getMetadata().getNamespace();
    String self = rollout.getMetadata().getName();
    List<Map<String, Object>> facts = new ArrayList<>();
    for (String name : names) {
      Service svc = lookup.apply(ns, name);
      String owner =
          svc == null || svc.getMetadata().getAnnotations() == null
              ? null
              : svc.getMetadata().getAnnotations().get(MANAGED_BY);
      Map<String, Object> fact = new LinkedHashMap<>();
      fact.put("name", name);
      fact.put("exists", svc != null);
      fact.put("managedByOther", owner != null && !owner.isEmpty() && !owner.equals(self));
      if (svc != null && svc.getSpec() != null) {
        // the selector labels the template must carry; our own hash label is not one of them
        Map<String, String> selector = new TreeMap<>();
        if (svc.getSpec().getSelector() != null) {
          selector.putAll(svc.getSpec().getSelector());
        }
        selector.remove(Rollouts.HASH_LABEL);
        fact.put("selector", selector);
      }
      facts.add(fact);
    }
    GenericKubernetesResource copy = new GenericKubernetesResource();
    copy.setApiVersion(rollout.getApiVersion());
    copy.setKind(rollout.getKind());
    copy.setMetadata(rollout.getMetadata());
    Map<String, Object> props = new LinkedHashMap<>(rollout.getAdditionalProperties());
    Map<String, Object> spec = new LinkedHashMap<>(RawMaps.map(props.get("spec")));
    spec.put(RolloutSpecMapper.SERVICE_FACTS_MARKER, facts);
    props.put("spec", spec);
    copy.setAdditionalProperties(props);
    return copy;
  }
}
