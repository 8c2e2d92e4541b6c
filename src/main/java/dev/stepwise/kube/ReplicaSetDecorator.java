package dev.stepwise.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the canary/stable roles of a rollout's ReplicaSets visible on them: ephemeral metadata
 * (canaryMetadata / stableMetadata) on their pod templates and live pods, and the anti-affinity
 * term against the stable ReplicaSet on new ones. Desired-state and idempotent: each call compares
 * the cached objects with what the roles want and patches only the difference.
 */
final class ReplicaSetDecorator {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final KubernetesClient client;
  private final RolloutWatcher watcher;

  ReplicaSetDecorator(KubernetesClient client, RolloutWatcher watcher) {
    this.client = client;
    this.watcher = watcher;
  }

  /** The roles of a rollout's ReplicaSets and what each role injects. */
  record Roles(
      String namespace,
      String stableHash,
      String currentHash,
      PodMetadata canary,
      PodMetadata stable,
      PodTemplates.AntiAffinity antiAffinity) {

    /** Reads canaryMetadata, stableMetadata and antiAffinity from a raw Rollout. */
    static Roles of(GenericKubernetesResource rollout, String stableHash, String currentHash) {
      Map<String, Object> spec = RawMaps.map(rollout.getAdditionalProperties().get("spec"));
      Map<String, Object> strategy = RawMaps.map(spec.get("strategy"));
      Map<String, Object> canary = RawMaps.map(strategy.get("canary"));
      if (strategy.get("canary") == null && strategy.get("blueGreen") instanceof Map<?, ?>) {
        // blue-green: previewMetadata plays canaryMetadata's part, activeMetadata stableMetadata's
        Map<String, Object> bg = RawMaps.map(strategy.get("blueGreen"));
        return new Roles(
            rollout.getMetadata().getNamespace(),
            stableHash,
            currentHash,
            PodMetadata.of(bg.get("previewMetadata")),
            PodMetadata.of(bg.get("activeMetadata")),
            PodTemplates.AntiAffinity.of(bg.get("antiAffinity")).orElse(null));
      }
      return new Roles(
          rollout.getMetadata().getNamespace(),
          stableHash,
          currentHash,
          PodMetadata.of(canary.get("canaryMetadata")),
          PodMetadata.of(canary.get("stableMetadata")),
          PodTemplates.AntiAffinity.of(canary.get("antiAffinity")).orElse(null));
    }

    boolean metadataConfigured() {
      return canary != null || stable != null;
    }

    boolean fullyRolledOut() {
      return stableHash == null || stableHash.isEmpty() || stableHash.equals(currentHash);
    }

    /**
     * The metadata the ReplicaSet of {@code hash} carries (null: none, strip what was injected).
     */
    PodMetadata metadataFor(String hash) {
      if (hash.equals(currentHash)) {
        return fullyRolledOut() ? stable : canary;
      }
      return !fullyRolledOut() && hash.equals(stableHash) ? stable : null;
    }

    /** Whether the live pods of {@code hash} follow its metadata (only new and stable pods). */
    boolean syncsPods(String hash) {
      return hash.equals(currentHash) || hash.equals(stableHash);
    }
  }

  /** Adds the role's metadata and anti-affinity to the template of a ReplicaSet being created. */
  static void decorate(PodTemplateSpec template, Roles roles, String hash) {
    if (roles.metadataConfigured()) {
      PodTemplates.injectMetadata(template, roles.metadataFor(hash));
    }
    PodTemplates.injectAntiAffinity(
        template, roles.antiAffinity(), roles.stableHash(), hash, roles.namespace());
  }

  /** The ephemeral-metadata annotation a new ReplicaSet of {@code hash} carries, or null. */
  static String recordFor(Roles roles, String hash) {
    PodMetadata md = roles.metadataConfigured() ? roles.metadataFor(hash) : null;
    return md == null ? null : md.toJson();
  }

  /** Brings every existing ReplicaSet of the rollout (and its pods) in line with its role. */
  void sync(List<ReplicaSet> owned, Roles roles) {
    for (ReplicaSet rs : owned) {
      String hash = hash(rs);
      if (hash == null || rs.getMetadata().getDeletionTimestamp() != null) {
        continue;
      }
      if (roles.metadataConfigured()) {
        syncMetadata(rs, hash, roles);
      }
      repointAntiAffinity(rs, hash, roles);
    }
  }

  private void syncMetadata(ReplicaSet rs, String hash, Roles roles) {
    PodMetadata desired = roles.metadataFor(hash);
    PodMetadata injected = PodMetadata.recorded(rs.getMetadata().getAnnotations(), JSON);
    PodTemplateSpec t = rs.getSpec().getTemplate();
    var meta =
        t.getMetadata() == null
            ? new io.fabric8.kubernetes.api.model.ObjectMeta()
            : t.getMetadata();
    Map<String, String> labels =
        PodTemplates.sync(meta.getLabels(), labelsOf(injected), labelsOf(desired));
    Map<String, String> annotations =
        PodTemplates.sync(meta.getAnnotations(), annotationsOf(injected), annotationsOf(desired));
    boolean modified = !labels.isEmpty() || !annotations.isEmpty();
    if (modified) {
      Map<String, Object> templateMeta = new LinkedHashMap<>();
      templateMeta.put("labels", labels);
      templateMeta.put("annotations", annotations);
      Map<String, Object> record = new LinkedHashMap<>();
      record.put(PodMetadata.ANNOTATION, desired == null ? null : desired.toJson());
      patchReplicaSet(
          rs,
          Map.of(
              "metadata",
              Map.of("annotations", record),
              "spec",
              Map.of("template", Map.of("metadata", templateMeta))));
    }
    boolean scaledDown = rs.getSpec().getReplicas() != null && rs.getSpec().getReplicas() == 0;
    if (roles.syncsPods(hash) && !scaledDown && (modified || injected != null)) {
      for (Pod pod : watcher.pods(rs.getMetadata().getNamespace(), rs.getMetadata().getName())) {
        syncPod(pod, injected, desired);
      }
    }
  }

  private void syncPod(Pod pod, PodMetadata injected, PodMetadata desired) {
    var meta = pod.getMetadata();
    Map<String, String> labels =
        PodTemplates.sync(meta.getLabels(), labelsOf(injected), labelsOf(desired));
    Map<String, String> annotations =
        PodTemplates.sync(meta.getAnnotations(), annotationsOf(injected), annotationsOf(desired));
    if (labels.isEmpty() && annotations.isEmpty() || meta.getDeletionTimestamp() != null) {
      return;
    }
    Map<String, Object> patch = new LinkedHashMap<>();
    patch.put("labels", labels);
    patch.put("annotations", annotations);
    try {
      client
          .pods()
          .inNamespace(meta.getNamespace())
          .resource(PatchTarget.of(Pod.class, meta.getNamespace(), meta.getName()))
          .patch(
              PatchContext.of(PatchType.JSON_MERGE),
              JSON.writeValueAsString(Map.of("metadata", patch)));
    } catch (KubernetesClientException e) {
      if (e.getCode() != 404) {
        throw e; // gone already: nothing to label
      }
    }
  }

  private void repointAntiAffinity(ReplicaSet rs, String hash, Roles roles) {
    var spec = rs.getSpec().getTemplate().getSpec();
    if (spec == null) {
      return;
    }
    PodTemplates.repointed(spec.getAffinity(), roles.antiAffinity(), roles.stableHash(), hash)
        .ifPresent(
            affinity ->
                patchReplicaSet(
                    rs,
                    Map.of(
                        "spec",
                        Map.of(
                            "template",
                            Map.of(
                                "spec",
                                Map.of(
                                    "affinity",
                                    client
                                        .getKubernetesSerialization()
                                        .convertValue(affinity, Map.class)))))));
  }

  private void patchReplicaSet(ReplicaSet rs, Map<String, Object> patch) {
    client
        .apps()
        .replicaSets()
        .inNamespace(rs.getMetadata().getNamespace())
        .resource(
            PatchTarget.of(
                ReplicaSet.class, rs.getMetadata().getNamespace(), rs.getMetadata().getName()))
        .patch(PatchContext.of(PatchType.JSON_MERGE), JSON.writeValueAsString(patch));
  }

  private static String hash(ReplicaSet rs) {
    var labels = rs.getMetadata().getLabels();
    return labels == null ? null : labels.get(Rollouts.HASH_LABEL);
  }

  private static Map<String, String> labelsOf(PodMetadata md) {
    return md == null ? Map.of() : md.labels();
  }

  private static Map<String, String> annotationsOf(PodMetadata md) {
    return md == null ? Map.of() : md.annotations();
  }
}
