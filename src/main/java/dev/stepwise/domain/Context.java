package dev.stepwise.domain;

import java.time.Instant;
import java.util.List;

/**
 * What a decision may look at besides the entity's own state: the time, and the latest observations
 * that are not journaled (ReplicaSets, the conditions currently on the object, so a condition's
 * lastTransitionTime survives when it does not change).
 */
public record Context(
    Instant now, List<ReplicaSetView> replicaSets, List<ConditionView> observedConditions) {}
