package dev.stepwise.app;

import dev.stepwise.domain.Desired;
import dev.stepwise.domain.RolloutActuator;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.domain.RolloutState;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The actuator behind a {@link FreezeFence}: while the fence holds, applies are answered "retry"
 * without touching the API server, so a node that may have been downed never writes.
 */
record FencedActuator(RolloutActuator delegate, FreezeFence fence) implements RolloutActuator {
  static final String HOLDING =
      "node was frozen; holding writes until cluster membership is current";

  @Override
  public CompletionStage<Result> apply(
      RolloutKey key,
      RolloutState state,
      Desired desired,
      List<RolloutEvent> newEvents,
      long knownResourceVersion) {
    if (fence.holding()) {
      return CompletableFuture.completedFuture(new Result(null, null, true, HOLDING));
    }
    return delegate.apply(key, state, desired, newEvents, knownResourceVersion);
  }
}
