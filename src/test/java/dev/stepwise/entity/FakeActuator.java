package dev.stepwise.entity;

import dev.stepwise.domain.Desired;
import dev.stepwise.domain.RolloutActuator;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.domain.RolloutState;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A hand-written actuator: records every call, answers automatically through {@code replies} or
 * leaves the call pending for the test to complete, and tracks overlapping calls.
 */
final class FakeActuator implements RolloutActuator {

  /** One recorded call; {@code reply} completes it. */
  record Call(
      RolloutKey key,
      RolloutState state,
      Desired desired,
      List<RolloutEvent> newEvents,
      long knownResourceVersion,
      CompletableFuture<Result> reply) {}

  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final AtomicInteger maxOverlap = new AtomicInteger();
  private volatile Function<Integer, Result> replies;

  /** Answers call number n (0-based) with {@code replies.apply(n)}; null leaves calls pending. */
  FakeActuator answering(Function<Integer, Result> replies) {
    this.replies = replies;
    return this;
  }

  @Override
  public CompletionStage<Result> apply(
      RolloutKey key,
      RolloutState state,
      Desired desired,
      List<RolloutEvent> newEvents,
      long knownResourceVersion) {
    int pending = (int) calls.stream().filter(c -> !c.reply().isDone()).count();
    maxOverlap.accumulateAndGet(pending, Math::max);
    Call call =
        new Call(
            key,
            state,
            desired,
            List.copyOf(newEvents),
            knownResourceVersion,
            new CompletableFuture<>());
    int index = calls.size();
    calls.add(call);
    Function<Integer, Result> answer = replies;
    if (answer != null) {
      call.reply().complete(answer.apply(index));
    }
    return call.reply();
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  Call call(int index) {
    return calls.get(index);
  }

  /** The most calls that were already pending when another one started (0 = never overlapped). */
  int maxOverlap() {
    return maxOverlap.get();
  }
}
