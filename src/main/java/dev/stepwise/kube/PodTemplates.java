package dev.stepwise.kube;

import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirementBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.PodAffinityTermBuilder;
import io.fabric8.kubernetes.api.model.PodAntiAffinity;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.WeightedPodAffinityTerm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pure builders for what Stepwise adds to a Rollout's pod template in its ReplicaSets: ephemeral
 * metadata (semantics §3.9) and the anti-affinity term against the stable ReplicaSet (§1.2). The
 * pod-template hash is always computed from the Rollout's template without these additions.
 */
final class PodTemplates {
  static final String TOPOLOGY_KEY = "kubernetes.io/hostname";

  private PodTemplates() {}

  /**
   * canary.antiAffinity: exactly one of preferred (with a weight) or required.
   *
   * @param preferredWeight the weight of the preferred term, or null when required
   */
  record AntiAffinity(Integer preferredWeight) {
    /** Reads canary.antiAffinity; empty when absent or naming neither kind. */
    static Optional<AntiAffinity> of(Object raw) {
      if (!(raw instanceof Map<?, ?> m)) {
        return Optional.empty();
      }
      if (m.get("preferredDuringSchedulingIgnoredDuringExecution") instanceof Map<?, ?> p) {
        return Optional.of(
            new AntiAffinity(p.get("weight") instanceof Number n ? n.intValue() : 0));
      }
      if (m.get("requiredDuringSchedulingIgnoredDuringExecution") instanceof Map<?, ?>) {
        return Optional.of(new AntiAffinity(null));
      }
      return Optional.empty();
    }

    boolean preferred() {
      return preferredWeight != null;
    }
  }

  /** Adds ephemeral metadata (labels and annotations) to the template, in place. */
  static void injectMetadata(PodTemplateSpec template, PodMetadata metadata) {
    if (metadata == null) {
      return;
    }
    if (template.getMetadata() == null) {
      template.setMetadata(new ObjectMeta());
    }
    ObjectMeta meta = template.getMetadata();
    Map<String, String> labels = new LinkedHashMap<>(orEmpty(meta.getLabels()));
    labels.putAll(metadata.labels());
    meta.setLabels(labels);
    if (!metadata.annotations().isEmpty()) {
      Map<String, String> annotations = new LinkedHashMap<>(orEmpty(meta.getAnnotations()));
      annotations.putAll(metadata.annotations());
      meta.setAnnotations(annotations);
    }
  }

  /** The term upstream injects: pods of the stable ReplicaSet, per host, in the namespace. */
  static PodAffinityTerm antiAffinityTerm(String stableHash, String namespace) {
    return new PodAffinityTermBuilder()
        .withLabelSelector(
            new LabelSelectorBuilder()
                .withMatchExpressions(
                    new LabelSelectorRequirementBuilder()
                        .withKey(Rollouts.HASH_LABEL)
                        .withOperator("In")
                        .withValues(stableHash)
                        .build())
                .build())
        .withNamespaces(namespace)
        .withTopologyKey(TOPOLOGY_KEY)
        .build();
  }

  /**
   * Adds the anti-affinity term against {@code stableHash} to the template of the ReplicaSet {@code
   * podHash}, in place, while a stable ReplicaSet other than it exists (as upstream).
   */
  static void injectAntiAffinity(
      PodTemplateSpec template,
      AntiAffinity config,
      String stableHash,
      String podHash,
      String namespace) {
    if (config == null
        || stableHash == null
        || stableHash.isEmpty()
        || stableHash.equals(podHash)) {
      return;
    }
    var spec = template.getSpec();
    Affinity affinity = spec.getAffinity() == null ? new Affinity() : spec.getAffinity();
    PodAntiAffinity anti =
        affinity.getPodAntiAffinity() == null
            ? new PodAntiAffinity()
            : affinity.getPodAntiAffinity();
    PodAffinityTerm term = antiAffinityTerm(stableHash, namespace);
    if (config.preferred()) {
      List<WeightedPodAffinityTerm> terms =
          new ArrayList<>(orEmpty(anti.getPreferredDuringSchedulingIgnoredDuringExecution()));
      terms.add(new WeightedPodAffinityTerm(term, config.preferredWeight()));
      anti.setPreferredDuringSchedulingIgnoredDuringExecution(terms);
    } else {
      List<PodAffinityTerm> terms =
          new ArrayList<>(orEmpty(anti.getRequiredDuringSchedulingIgnoredDuringExecution()));
      terms.add(term);
      anti.setRequiredDuringSchedulingIgnoredDuringExecution(terms);
    }
    affinity.setPodAntiAffinity(anti);
    spec.setAffinity(affinity);
  }

  /**
   * The affinity with an injected term that points at a stale stable ReplicaSet re-pointed at
   * {@code stableHash}, or empty when nothing needs to change (upstream's
   * IfInjectedAntiAffinityRuleNeedsUpdate).
   */
  static Optional<Affinity> repointed(
      Affinity affinity, AntiAffinity config, String stableHash, String podHash) {
    if (config == null
        || affinity == null
        || affinity.getPodAntiAffinity() == null
        || stableHash == null
        || stableHash.isEmpty()
        || stableHash.equals(podHash)) {
      return Optional.empty();
    }
    PodAntiAffinity anti = affinity.getPodAntiAffinity();
    List<PodAffinityTerm> terms =
        config.preferred()
            ? orEmpty(anti.getPreferredDuringSchedulingIgnoredDuringExecution()).stream()
                .map(WeightedPodAffinityTerm::getPodAffinityTerm)
                .toList()
            : orEmpty(anti.getRequiredDuringSchedulingIgnoredDuringExecution());
    for (PodAffinityTerm term : terms) {
      if (term.getLabelSelector() == null) {
        continue;
      }
      for (var req : orEmpty(term.getLabelSelector().getMatchExpressions())) {
        if (Rollouts.HASH_LABEL.equals(req.getKey())
            && req.getValues() != null
            && !req.getValues().isEmpty()) {
          if (stableHash.equals(req.getValues().get(0))) {
            return Optional.empty();
          }
          req.setValues(List.of(stableHash));
          return Optional.of(affinity);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Upstream's SyncEphemeralPodMetadata over one metadata map: sets the desired keys and removes
   * the previously injected ones no longer desired. Returns the changes as a merge patch (null
   * value = remove); empty when nothing changes.
   */
  static Map<String, String> sync(
      Map<String, String> current, Map<String, String> injected, Map<String, String> desired) {
    Map<String, String> now = orEmpty(current);
    Map<String, String> patch = new LinkedHashMap<>();
    for (String k : orEmpty(injected).keySet()) {
      if (!orEmpty(desired).containsKey(k) && now.containsKey(k)) {
        patch.put(k, null);
      }
    }
    orEmpty(desired)
        .forEach(
            (k, v) -> {
              if (!v.equals(now.get(k))) {
                patch.put(k, v);
              }
            });
    return patch;
  }

  private static <K, V> Map<K, V> orEmpty(Map<K, V> m) {
    return m == null ? Map.of() : m;
  }

  private static <T> List<T> orEmpty(List<T> l) {
    return l == null ? List.of() : l;
  }
}
