package dev.stepwise.kube;

import dev.stepwise.domain.ReplicaSetView;
import dev.stepwise.kube.spec.KubeTime;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Reads ReplicaSets into the domain's view and finds the Rollout that controls them. */
final class ReplicaSetViews {
  private ReplicaSetViews() {}

  static ReplicaSetView view(ReplicaSet rs) {
    var meta = rs.getMetadata();
    Map<String, String> labels = meta.getLabels() == null ? Map.of() : meta.getLabels();
    var status = rs.getStatus();
    return new ReplicaSetView(
        meta.getName(),
        labels.getOrDefault(Rollouts.HASH_LABEL, ""),
        revision(rs),
        rs.getSpec() == null || rs.getSpec().getReplicas() == null ? 0 : rs.getSpec().getReplicas(),
        status == null || status.getReplicas() == null ? 0 : status.getReplicas(),
        status == null || status.getReadyReplicas() == null ? 0 : status.getReadyReplicas(),
        status == null || status.getAvailableReplicas() == null ? 0 : status.getAvailableReplicas(),
        parseTime(meta.getCreationTimestamp()),
        meta.getDeletionTimestamp() != null,
        desiredReplicas(rs));
  }

  static long revision(ReplicaSet rs) {
    Long revision = numericAnnotation(rs, Rollouts.REVISION_ANNOTATION);
    return revision == null ? 0 : revision;
  }

  private static Integer desiredReplicas(ReplicaSet rs) {
    Long desired = numericAnnotation(rs, Rollouts.DESIRED_REPLICAS_ANNOTATION);
    return desired == null || desired != desired.intValue() ? null : desired.intValue();
  }

  /** A whole-number annotation, or null when it is missing or not a number. */
  private static Long numericAnnotation(ReplicaSet rs, String key) {
    Map<String, String> annotations = rs.getMetadata().getAnnotations();
    String raw = annotations == null ? null : annotations.get(key);
    try {
      return raw == null ? null : Long.valueOf(raw.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The controlling Rollout's owner reference, if a Rollout controls this ReplicaSet. */
  static Optional<OwnerReference> rolloutOwner(ReplicaSet rs) {
    var refs = rs.getMetadata().getOwnerReferences();
    if (refs == null) {
      return Optional.empty();
    }
    return refs.stream()
        .filter(r -> Boolean.TRUE.equals(r.getController()))
        .filter(r -> Rollouts.KIND.equals(r.getKind()))
        .filter(r -> r.getApiVersion() != null && r.getApiVersion().startsWith(Rollouts.GROUP))
        .findFirst();
  }

  static Instant parseTime(String timestamp) {
    Instant t = KubeTime.orNull(timestamp); // null, blank or unreadable: the oldest
    return t == null ? Instant.EPOCH : t;
  }
}
