package dev.stepwise.kube.spec;

import dev.stepwise.domain.ConditionView;
import dev.stepwise.domain.ObservedStatus;
import dev.stepwise.domain.RolloutCommand;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.domain.RolloutSpec;
import java.util.List;

/**
 * A Rollout object as the domain sees it, read from its raw JSON tree by {@link RolloutSpecMapper}.
 *
 * @param generation metadata.generation (0 when absent)
 * @param resourceVersion metadata.resourceVersion as a number (0 when absent or not numeric)
 * @param collisionCount status.collisionCount (null when absent), part of the template hash
 */
public record MappedRollout(
    String namespace,
    String name,
    String uid,
    long generation,
    long resourceVersion,
    RolloutSpec spec,
    ObservedStatus status,
    List<ConditionView> conditions,
    Integer collisionCount) {

  /** The entity key of this Rollout. */
  public RolloutKey key() {
    return new RolloutKey(namespace, name);
  }

  /** The command the informer sends to the Rollout's entity. */
  public RolloutCommand.Observe toObserve() {
    return new RolloutCommand.Observe(
        namespace, name, uid, generation, resourceVersion, spec, status, conditions);
  }
}
