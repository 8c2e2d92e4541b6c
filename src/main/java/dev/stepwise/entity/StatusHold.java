package dev.stepwise.entity;

import dev.stepwise.domain.Desired;
import dev.stepwise.domain.KubeEvents;
import dev.stepwise.domain.ReplicaSetView;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutState;
import dev.stepwise.domain.RolloutStatusView;
import dev.stepwise.domain.StatusChanges;
import java.time.Duration;
import java.util.List;

/**
 * One entity's hold on minor status writes (not thread-safe: used only from the actor): a write
 * that would only move replica counts, the message or the Progressing condition ({@link
 * StatusChanges#minorOnly}) waits up to {@code hold}, so the counts of pods starting one after the
 * other go out in one write, or in the write of the transition they lead to (BENCHMARKS.md, "API
 * writes"). Anything else, or a newer observation of the Rollout than our last write, goes at once.
 */
final class StatusHold {
  private final Duration hold;
  private RolloutStatusView lastWritten;
  private long lastWrittenRv = -1;
  private boolean expired;

  StatusHold(Duration hold) {
    this.hold = hold;
  }

  Duration hold() {
    return hold;
  }

  /** Our status write landed as {@code rv}. */
  void written(long rv, RolloutStatusView status) {
    if (status != null) {
      lastWritten = status;
      lastWrittenRv = rv;
      expired = false;
    }
  }

  /** The hold timer fired: the held write goes now. */
  void expire() {
    expired = true;
  }

  /**
   * True when the apply of {@code desired} (carrying {@code newEvents}, of {@code state}) is to
   * wait: it would write only minor changes, on top of our own write, which is still the newest
   * version of the Rollout known.
   */
  boolean holds(
      RolloutState state,
      Desired desired,
      List<RolloutEvent> newEvents,
      List<ReplicaSetView> observed,
      long knownResourceVersion) {
    return !expired
        && !hold.isZero()
        // journal-only events (ProgressObserved, as counts move) may wait; Kubernetes Events not
        && KubeEvents.of(state, newEvents).isEmpty()
        && knownResourceVersion == lastWrittenRv
        && StatusChanges.minorOnly(lastWritten, desired.status())
        && StatusChanges.onlyStatus(desired, observed);
  }
}
