package dev.stepwise.domain;

import java.time.Instant;

/**
 * What the controller observed of one ReplicaSet owned by the Rollout (from the informer cache).
 * Observations are not journaled: they are re-read after a restart.
 *
 * @param name metadata.name
 * @param podTemplateHash label rollouts-pod-template-hash
 * @param revision annotation rollout.argoproj.io/revision (0 when missing)
 * @param specReplicas spec.replicas
 * @param replicas status.replicas
 * @param readyReplicas status.readyReplicas
 * @param availableReplicas status.availableReplicas
 * @param created metadata.creationTimestamp
 * @param deleting metadata.deletionTimestamp is set
 * @param desiredReplicas annotation rollout.argoproj.io/desired-replicas (spec.replicas of the
 *     Rollout when the controller last scaled it), or null when missing
 */
public record ReplicaSetView(
    String name,
    String podTemplateHash,
    long revision,
    int specReplicas,
    int replicas,
    int readyReplicas,
    int availableReplicas,
    Instant created,
    boolean deleting,
    Integer desiredReplicas) {

  /** The view without the fields added after the first release of this record. */
  public ReplicaSetView(
      String name,
      String podTemplateHash,
      long revision,
      int specReplicas,
      int replicas,
      int readyReplicas,
      int availableReplicas,
      Instant created,
      boolean deleting) {
    this(
        name,
        podTemplateHash,
        revision,
        specReplicas,
        replicas,
        readyReplicas,
        availableReplicas,
        created,
        deleting,
        null);
  }
}
