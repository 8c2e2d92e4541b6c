package dev.stepwise.domain;

import java.util.List;

/**
 * Idempotent desired state for the actuator, computed from state and context after every command
 * (and again after recovery): re-applying it is harmless.
 *
 * @param defaultReplicas spec.replicas is unset: write 1 into the spec first (as upstream)
 * @param replicaSets the ReplicaSets that must exist, with their replica counts
 * @param deleteReplicaSets names of ReplicaSets to delete (revision history clean-up)
 * @param status the status to write, or null when the rollout is deleted
 */
public record Desired(
    boolean defaultReplicas,
    List<ReplicaSetTarget> replicaSets,
    List<String> deleteReplicaSets,
    RolloutStatusView status) {

  /**
   * A ReplicaSet the rollout wants: {@code <rollout>-<podTemplateHash>}, created from the Rollout's
   * current template if it is missing (only possible for the current hash), scaled to {@code
   * replicas}, carrying annotation rollout.argoproj.io/revision = {@code revision}.
   */
  public record ReplicaSetTarget(String podTemplateHash, long revision, int replicas) {}
}
