package dev.stepwise.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Idempotent desired state for the actuator, computed from state and context after every command
 * (and again after recovery): re-applying it is harmless.
 *
 * @param defaultReplicas spec.replicas is unset: write 1 into the spec first (as upstream)
 * @param replicaSets the ReplicaSets that must exist, with their replica counts
 * @param deleteReplicaSets names of ReplicaSets to delete (revision history clean-up)
 * @param status the status to write, or null when the rollout is deleted
 * @param services Services whose rollouts-pod-template-hash selector the rollout owns (blue-green)
 * @param scaleDownDeadlines pod template hash → scale-down-deadline annotation of its ReplicaSet;
 *     every other ReplicaSet of the rollout carries none
 */
public record Desired(
    boolean defaultReplicas,
    List<ReplicaSetTarget> replicaSets,
    List<String> deleteReplicaSets,
    RolloutStatusView status,
    List<ServiceTarget> services,
    Map<String, Instant> scaleDownDeadlines) {

  /** Desired state without Services and scale-down deadlines (a canary). */
  public Desired(
      boolean defaultReplicas,
      List<ReplicaSetTarget> replicaSets,
      List<String> deleteReplicaSets,
      RolloutStatusView status) {
    this(defaultReplicas, replicaSets, deleteReplicaSets, status, List.of(), Map.of());
  }

  /**
   * A Service that must select {@code podTemplateHash} (label rollouts-pod-template-hash) and carry
   * annotation argo-rollouts.argoproj.io/managed-by-rollouts = the rollout's name.
   */
  public record ServiceTarget(String role, String name, String podTemplateHash) {}

  /**
   * A ReplicaSet the rollout wants: {@code <rollout>-<podTemplateHash>}, created from the Rollout's
   * current template if it is missing (only possible for the current hash), scaled to {@code
   * replicas}, carrying annotation rollout.argoproj.io/revision = {@code revision}.
   */
  public record ReplicaSetTarget(String podTemplateHash, long revision, int replicas) {}
}
