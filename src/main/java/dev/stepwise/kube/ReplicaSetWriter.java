package dev.stepwise.kube;

import dev.stepwise.domain.Desired.ReplicaSetTarget;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Makes one desired ReplicaSet true: creates it from the Rollout's template (with upstream's name,
 * labels, annotations and ownerReference) or scales it with a merge patch. Idempotent.
 */
final class ReplicaSetWriter {
  /** Rollout annotations that are not copied to its ReplicaSets (as upstream). */
  private static final Set<String> NOT_COPIED =
      Set.of(
          "kubectl.kubernetes.io/last-applied-configuration",
          Rollouts.REVISION_ANNOTATION,
          Rollouts.REVISION_HISTORY_ANNOTATION,
          Rollouts.DESIRED_REPLICAS_ANNOTATION,
          "notified.notifications.argoproj.io");

  private final KubernetesClient client;
  private final EventRecorder events;

  ReplicaSetWriter(KubernetesClient client, EventRecorder events) {
    this.client = client;
    this.events = events;
  }

  /**
   * Ensures the target exists at its size. {@code existing} is the cached ReplicaSet or null;
   * {@code templateHash} is the hash of the Rollout's current template (creation is only possible
   * for that hash).
   */
  void ensure(
      GenericKubernetesResource rollout,
      ReplicaSetTarget target,
      ReplicaSet existing,
      String templateHash,
      int specReplicas,
      ReplicaSetDecorator.Roles roles) {
    String ns = rollout.getMetadata().getNamespace();
    String name =
        Rollouts.replicaSetName(rollout.getMetadata().getName(), target.podTemplateHash());
    if (existing == null) {
      if (!target.podTemplateHash().equals(templateHash)) {
        return; // the template moved on; the entity will hear of it and decide again
      }
      create(rollout, target, name, specReplicas, roles);
      return;
    }
    scale(rollout, existing, target, specReplicas);
  }

  private void create(
      GenericKubernetesResource rollout,
      ReplicaSetTarget target,
      String name,
      int specReplicas,
      ReplicaSetDecorator.Roles roles) {
    var serialization = client.getKubernetesSerialization();
    Map<String, Object> spec = RawMaps.map(rollout.getAdditionalProperties().get("spec"));
    PodTemplateSpec template =
        serialization.convertValue(RawMaps.map(spec.get("template")), PodTemplateSpec.class);
    if (template.getMetadata() == null) {
      template.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMeta());
    }
    Map<String, String> labels = new LinkedHashMap<>();
    if (template.getMetadata().getLabels() != null) {
      labels.putAll(template.getMetadata().getLabels());
    }
    labels.put(Rollouts.HASH_LABEL, target.podTemplateHash());
    template.getMetadata().setLabels(labels);
    if (template.getSpec() == null) {
      template.setSpec(new io.fabric8.kubernetes.api.model.PodSpec());
    }
    // after the hash was computed from the Rollout's own template, as upstream
    ReplicaSetDecorator.decorate(template, roles, target.podTemplateHash());
    LabelSelector selector =
        serialization.convertValue(RawMaps.map(spec.get("selector")), LabelSelector.class);
    Map<String, String> matchLabels = new LinkedHashMap<>();
    if (selector.getMatchLabels() != null) {
      matchLabels.putAll(selector.getMatchLabels());
    }
    matchLabels.put(Rollouts.HASH_LABEL, target.podTemplateHash());
    selector.setMatchLabels(matchLabels);
    Object minReady = spec.get("minReadySeconds");
    ReplicaSet rs =
        new ReplicaSetBuilder()
            .withNewMetadata()
            .withName(name)
            .withNamespace(rollout.getMetadata().getNamespace())
            .withLabels(labels)
            .withAnnotations(annotations(rollout, target, specReplicas, roles))
            .withOwnerReferences(
                new OwnerReferenceBuilder()
                    .withApiVersion(Rollouts.API_VERSION)
                    .withKind(Rollouts.KIND)
                    .withName(rollout.getMetadata().getName())
                    .withUid(rollout.getMetadata().getUid())
                    .withController(true)
                    .withBlockOwnerDeletion(true)
                    .build())
            .endMetadata()
            .withNewSpec()
            .withReplicas(target.replicas())
            .withMinReadySeconds(minReady instanceof Number n ? n.intValue() : 0)
            .withSelector(selector)
            .withTemplate(template)
            .endSpec()
            .build();
    try {
      client
          .apps()
          .replicaSets()
          .inNamespace(rs.getMetadata().getNamespace())
          .resource(rs)
          .create();
      events.normal(
          rollout,
          "NewReplicaSetCreated",
          "Created ReplicaSet %s (revision %d)".formatted(name, target.revision()));
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) {
        throw e;
      }
      // it exists already (our cache lags): the next observation lets us scale it
    }
  }

  private Map<String, String> annotations(
      GenericKubernetesResource rollout,
      ReplicaSetTarget target,
      int specReplicas,
      ReplicaSetDecorator.Roles roles) {
    Map<String, String> annotations = new HashMap<>();
    Map<String, String> own = rollout.getMetadata().getAnnotations();
    if (own != null) {
      own.forEach(
          (k, v) -> {
            if (!NOT_COPIED.contains(k)) {
              annotations.put(k, v);
            }
          });
    }
    annotations.put(Rollouts.REVISION_ANNOTATION, Long.toString(target.revision()));
    annotations.put(Rollouts.DESIRED_REPLICAS_ANNOTATION, Integer.toString(specReplicas));
    String injected = ReplicaSetDecorator.recordFor(roles, target.podTemplateHash());
    if (injected != null) {
      annotations.put(PodMetadata.ANNOTATION, injected);
    }
    return annotations;
  }

  private void scale(
      GenericKubernetesResource rollout, ReplicaSet rs, ReplicaSetTarget target, int specReplicas) {
    try {
      scaleFrom(rollout, rs, target, specReplicas);
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) {
        throw e;
      }
      // Our view of the ReplicaSet was stale (an earlier attempt may already have scaled it):
      // decide again from the live object, so the ScalingReplicaSet Event tells what changed.
      ReplicaSet live =
          client
              .apps()
              .replicaSets()
              .inNamespace(rs.getMetadata().getNamespace())
              .withName(rs.getMetadata().getName())
              .get();
      if (live == null) {
        throw e;
      }
      scaleFrom(rollout, live, target, specReplicas);
    }
  }

  /**
   * Scales {@code rs} as observed: the patch carries its resourceVersion, so it is refused (409)
   * when the ReplicaSet changed since, instead of reporting a scale from a size it no longer has.
   */
  private void scaleFrom(
      GenericKubernetesResource rollout, ReplicaSet rs, ReplicaSetTarget target, int specReplicas) {
    int current = rs.getSpec().getReplicas() == null ? 0 : rs.getSpec().getReplicas();
    Map<String, String> annotations =
        rs.getMetadata().getAnnotations() == null ? Map.of() : rs.getMetadata().getAnnotations();
    String revision = Long.toString(target.revision());
    String desiredReplicas = Integer.toString(specReplicas);
    boolean annotationsOk =
        revision.equals(annotations.get(Rollouts.REVISION_ANNOTATION))
            && desiredReplicas.equals(annotations.get(Rollouts.DESIRED_REPLICAS_ANNOTATION));
    if (current == target.replicas() && annotationsOk) {
      return;
    }
    String resourceVersion = rs.getMetadata().getResourceVersion();
    String precondition =
        resourceVersion == null ? "" : ",\"resourceVersion\":\"%s\"".formatted(resourceVersion);
    String patch =
        """
        {"metadata":{"annotations":{"%s":"%s","%s":"%s"}%s},"spec":{"replicas":%d}}"""
            .formatted(
                Rollouts.REVISION_ANNOTATION,
                revision,
                Rollouts.DESIRED_REPLICAS_ANNOTATION,
                desiredReplicas,
                precondition,
                target.replicas());
    client
        .apps()
        .replicaSets()
        .inNamespace(rs.getMetadata().getNamespace())
        .resource(
            PatchTarget.of(
                ReplicaSet.class, rs.getMetadata().getNamespace(), rs.getMetadata().getName()))
        .patch(PatchContext.of(PatchType.JSON_MERGE), patch);
    if (current != target.replicas()) {
      events.normal(
          rollout,
          "ScalingReplicaSet",
          "Scaled %s ReplicaSet %s (revision %d) from %d to %d"
              .formatted(
                  target.replicas() > current ? "up" : "down",
                  rs.getMetadata().getName(),
                  target.revision(),
                  current,
                  target.replicas()));
    }
  }

  void delete(String namespace, String name) {
    client.apps().replicaSets().inNamespace(namespace).withName(name).delete();
  }
}
