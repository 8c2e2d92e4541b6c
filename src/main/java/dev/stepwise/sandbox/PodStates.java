package dev.stepwise.sandbox;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Pure rules of the simulated ReplicaSet controller and kubelet: pod names, readiness,
 * availability, which pods go first on scale-down, and the ReplicaSet status they add up to.
 */
final class PodStates {
  /** Substring of a container image that makes its pod never become ready. */
  static final String BAD_IMAGE_MARKER = "bad";

  private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

  private PodStates() {}

  /** {@code <rs>-<5 random [a-z0-9]>}, as the ReplicaSet controller names pods. */
  static String podName(String replicaSetName, RandomGenerator random) {
    StringBuilder b = new StringBuilder(replicaSetName).append('-');
    for (int i = 0; i < 5; i++) {
      b.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
    }
    return b.toString();
  }

  /** The pod's controller owner reference, if any. */
  static Optional<OwnerReference> controllerOf(Pod pod) {
    List<OwnerReference> refs = pod.getMetadata().getOwnerReferences();
    return refs == null
        ? Optional.empty()
        : refs.stream().filter(r -> Boolean.TRUE.equals(r.getController())).findFirst();
  }

  /** Whether any container image contains {@link #BAD_IMAGE_MARKER}. */
  static boolean hasBadImage(Pod pod) {
    List<Container> containers = pod.getSpec() == null ? null : pod.getSpec().getContainers();
    return containers != null
        && containers.stream()
            .anyMatch(c -> c.getImage() != null && c.getImage().contains(BAD_IMAGE_MARKER));
  }

  static boolean isTerminating(Pod pod) {
    return pod.getMetadata().getDeletionTimestamp() != null;
  }

  /** The time the Ready condition last turned True, if it is True now. */
  static Optional<Instant> readySince(Pod pod) {
    if (pod.getStatus() == null || pod.getStatus().getConditions() == null) {
      return Optional.empty();
    }
    return pod.getStatus().getConditions().stream()
        .filter(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()))
        .findFirst()
        .map(PodCondition::getLastTransitionTime)
        .map(t -> t == null ? Instant.EPOCH : Instant.parse(t));
  }

  static boolean isReady(Pod pod) {
    return readySince(pod).isPresent();
  }

  /** Ready for at least {@code minReadySeconds} at {@code now}. */
  static boolean isAvailable(Pod pod, int minReadySeconds, Instant now) {
    return readySince(pod)
        .map(since -> !since.plusSeconds(minReadySeconds).isAfter(now))
        .orElse(false);
  }

  /** When a ready-but-not-yet-available pod becomes available. */
  static Optional<Duration> untilAvailable(Pod pod, int minReadySeconds, Instant now) {
    return readySince(pod)
        .map(since -> Duration.between(now, since.plusSeconds(minReadySeconds)))
        .filter(d -> !d.isNegative() && !d.isZero());
  }

  /** The {@code count} pods to delete on scale-down: not-ready first, then the newest. */
  static List<Pod> surplus(List<Pod> pods, int count) {
    Comparator<Pod> order =
        Comparator.comparing((Pod p) -> isReady(p))
            .thenComparing(
                (Pod p) -> Instant.parse(created(p)), Comparator.<Instant>reverseOrder());
    return pods.stream().sorted(order).limit(Math.max(0, count)).toList();
  }

  private static String created(Pod p) {
    String t = p.getMetadata().getCreationTimestamp();
    return t == null ? Instant.EPOCH.toString() : t;
  }

  /** The status counts of a ReplicaSet over its live pods. */
  record Counts(
      int replicas,
      int fullyLabeledReplicas,
      int readyReplicas,
      int availableReplicas,
      long observedGeneration) {

    static Counts of(ReplicaSet rs, List<Pod> pods, Instant now) {
      Map<String, String> templateLabels =
          rs.getSpec().getTemplate() == null || rs.getSpec().getTemplate().getMetadata() == null
              ? Map.of()
              : rs.getSpec().getTemplate().getMetadata().getLabels();
      int minReady =
          rs.getSpec().getMinReadySeconds() == null ? 0 : rs.getSpec().getMinReadySeconds();
      Long generation = rs.getMetadata().getGeneration();
      return new Counts(
          pods.size(),
          (int)
              pods.stream()
                  .filter(
                      p -> LabelSelectors.containsAll(p.getMetadata().getLabels(), templateLabels))
                  .count(),
          (int) pods.stream().filter(PodStates::isReady).count(),
          (int) pods.stream().filter(p -> isAvailable(p, minReady, now)).count(),
          generation == null ? 0 : generation);
    }

    /** Whether the ReplicaSet's stored status already says this. */
    boolean matches(ReplicaSet rs) {
      var s = rs.getStatus();
      return s != null
          && eq(s.getReplicas(), replicas)
          && eq(s.getFullyLabeledReplicas(), fullyLabeledReplicas)
          && eq(s.getReadyReplicas(), readyReplicas)
          && eq(s.getAvailableReplicas(), availableReplicas)
          && s.getObservedGeneration() != null
          && s.getObservedGeneration() == observedGeneration;
    }

    /** The JSON merge patch that writes these counts into {@code .status}. */
    String statusPatch() {
      return "{\"status\":{\"replicas\":%d,\"fullyLabeledReplicas\":%d,\"readyReplicas\":%d,\"availableReplicas\":%d,\"observedGeneration\":%d}}"
          .formatted(
              replicas, fullyLabeledReplicas, readyReplicas, availableReplicas, observedGeneration);
    }

    private static boolean eq(Integer stored, int value) {
      return (stored == null ? 0 : stored) == value;
    }
  }
}
