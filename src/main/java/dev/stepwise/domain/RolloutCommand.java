package dev.stepwise.domain;

import java.util.List;

/** Facts that reach a rollout's entity: observations from the API server, timers and acks. */
public sealed interface RolloutCommand extends CborSerializable {

  /**
   * The Rollout object as the informer saw it (add or update); sent by kube/ on every change.
   * Status fields a user may patch arrive in {@code status}; the domain tells user actions apart.
   */
  record Observe(
      String namespace,
      String name,
      String uid,
      long generation,
      long resourceVersion,
      RolloutSpec spec,
      ObservedStatus status,
      List<ConditionView> conditions)
      implements RolloutCommand {}

  /** The Rollout object with this uid was deleted; sent by kube/. */
  record ObserveDeleted(String uid) implements RolloutCommand {}

  /** The complete current list of ReplicaSets the Rollout owns; sent by kube/ on any change. */
  record ObserveReplicaSets(List<ReplicaSetView> replicaSets) implements RolloutCommand {}

  /** A timer (pause deadline) fired, or a periodic resync; sent by the entity to itself. */
  record Tick() implements RolloutCommand {}

  /**
   * The actuator wrote {@code written} to the Rollout's status and the API server answered with
   * {@code resourceVersion}; lets the domain know a pause or abort is now visible to users.
   */
  record StatusWritten(long resourceVersion, RolloutStatusView written) implements RolloutCommand {}

  /**
   * The outcome of a blue-green promotion gate (pre/post promotion analysis) for the revision with
   * {@code podTemplateHash}; sent by whatever runs the analysis. A result for another revision is
   * ignored.
   *
   * @param gate "pre" or "post" ({@link BlueGreenState#PRE}, {@link BlueGreenState#POST})
   * @param message why it failed (the AnalysisRun's message), or null
   */
  record PromotionGateReported(
      String gate, String podTemplateHash, boolean successful, String message)
      implements RolloutCommand {}

  /**
   * What the analysis runner reported about a run this rollout asked for: RUNNING once started,
   * then the completed phase with the run's message. Repeats and runs no longer current are
   * ignored.
   */
  record AnalysisReported(
      String runName, dev.stepwise.domain.analysis.AnalysisPhase phase, String message)
      implements RolloutCommand {}
}
