package dev.stepwise.domain;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The port through which an entity makes its desired state true on the API server (implemented in
 * kube/). Calls for one rollout never overlap: the entity waits for one to finish before it starts
 * the next, and coalesces what came in between.
 */
public interface RolloutActuator {

  /**
   * Applies {@code desired} idempotently and records Kubernetes Events for {@code newEvents} (the
   * events just persisted; empty after recovery).
   *
   * @param knownResourceVersion the Rollout resourceVersion the decision was based on; the status
   *     write is conditional on it, so a concurrent user patch is not overwritten (409 → the result
   *     says so and the entity waits for the next observation)
   * @return what was written; completes exceptionally only on a bug, API failures are reported
   */
  CompletionStage<Result> apply(
      RolloutKey key,
      RolloutState state,
      Desired desired,
      List<RolloutEvent> newEvents,
      long knownResourceVersion);

  /**
   * The outcome of one apply.
   *
   * @param statusResourceVersion the Rollout's resourceVersion after the status write, or null when
   *     no status was written (nothing changed, a conflict, or an error)
   * @param written the status that was written, or null
   * @param retry the apply did not complete (conflict, API error); try again later
   * @param error a description of the failure, or null
   */
  record Result(
      Long statusResourceVersion, RolloutStatusView written, boolean retry, String error) {
    public static final Result NOTHING = new Result(null, null, false, null);
  }
}
