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
 * A minor write in which no pod became ready or available (pods created or terminating, the
 * Progressing condition following them) waits up to {@code unreadyHold} instead: under load a new
 * pod takes longer than {@code hold} to turn ready, and its count alone was a write of its own (a
 * fifth status write in most updates of the benchmark's storm). Whichever write is held, it goes
 * out at the earliest time one of the changes it carries is due.
 *
 * <p>An apply whose ReplicaSet, Service and deadline writes are the ones our last status-writing
 * apply already made counts as status-only: the informer shows our own ReplicaSet write a moment
 * after the status write lands, and the Progressing condition moved by that write was otherwise
 * written at once, a second write right behind the first (the resume of a canary, 0.6 writes per
 * update in the benchmark). Only while the cache still shows those ReplicaSets as they were before
 * that apply: one changed since by somebody else gets its write at once.
 */
final class StatusHold {
  private final Duration hold;
  private final Duration unreadyHold;
  private long dueNanos = Long.MAX_VALUE; // when the held write is to go, at the latest
  private RolloutStatusView lastWritten;
  private long lastWrittenRv = -1;
  private boolean expired;
  // the apply in flight, and the last one whose status write landed (its other writes did too:
  // the actuator writes the status last)
  private Apply launched;
  private Apply applied;

  /** An apply of {@code desired}, started on the ReplicaSets {@code on}. */
  private record Apply(Desired desired, List<ReplicaSetView> on) {}

  StatusHold(Duration hold, Duration unreadyHold) {
    this.hold = hold;
    this.unreadyHold = unreadyHold.compareTo(hold) < 0 ? hold : unreadyHold;
  }

  /** The apply of {@code desired} starts, on the ReplicaSets {@code observed}. */
  void launched(Desired desired, List<ReplicaSetView> observed) {
    launched = new Apply(desired, observed);
  }

  /** Our status write landed as {@code rv}. */
  void written(long rv, RolloutStatusView status) {
    if (status != null) {
      lastWritten = status;
      lastWrittenRv = rv;
      expired = false;
      dueNanos = Long.MAX_VALUE;
      applied = launched;
    }
  }

  /** The hold timer fired: the held write goes now. */
  void expire() {
    expired = true;
  }

  /** Whether an apply waits, and when its hold timer is to fire if that moved ({@code rearm}). */
  record Decision(boolean held, Duration rearm) {
    static final Decision GO = new Decision(false, null);
    static final Decision WAIT = new Decision(true, null);
  }

  /**
   * Whether the apply of {@code desired} (carrying {@code newEvents}, of {@code state}) waits: when
   * it would write only minor changes, on top of our own write, which is still the newest version
   * of the Rollout known. A held write goes when the first of the changes it carries is due; the
   * decision says how long from {@code nowNanos} ({@link System#nanoTime()}) when that moved.
   */
  Decision decide(
      RolloutState state,
      Desired desired,
      List<RolloutEvent> newEvents,
      List<ReplicaSetView> observed,
      long knownResourceVersion,
      long nowNanos) {
    if (!holds(state, desired, newEvents, observed, knownResourceVersion)) {
      dueNanos = Long.MAX_VALUE;
      return Decision.GO;
    }
    Duration wait =
        StatusChanges.readinessUnchanged(lastWritten, desired.status()) ? unreadyHold : hold;
    long before = dueNanos;
    dueNanos = Math.min(dueNanos, nowNanos + wait.toNanos());
    return dueNanos == before
        ? Decision.WAIT
        : new Decision(true, Duration.ofNanos(Math.max(0, dueNanos - nowNanos)));
  }

  private boolean holds(
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
        && (StatusChanges.onlyStatus(desired, observed) || madeAlready(desired, observed));
  }

  /**
   * The apply would only repeat the writes of the last applied one, whose ReplicaSets the cache
   * still shows as they were before it.
   */
  private boolean madeAlready(Desired desired, List<ReplicaSetView> observed) {
    if (applied == null) {
      return false;
    }
    Desired before = applied.desired();
    return desired.replicaSets().stream()
            .allMatch(t -> sameAsBefore(find(observed, t), find(applied.on(), t)))
        && !desired.defaultReplicas()
        && !before.defaultReplicas()
        && desired.replicaSets().equals(before.replicaSets())
        && desired.deleteReplicaSets().equals(before.deleteReplicaSets())
        && desired.services().equals(before.services())
        && desired.scaleDownDeadlines().equals(before.scaleDownDeadlines());
  }

  private static boolean sameAsBefore(ReplicaSetView now, ReplicaSetView before) {
    if (now == null || before == null) {
      return now == before; // still not in the cache: our create has not come back yet
    }
    return now.specReplicas() == before.specReplicas()
        && now.revision() == before.revision()
        && now.deleting() == before.deleting();
  }

  private static ReplicaSetView find(List<ReplicaSetView> views, Desired.ReplicaSetTarget target) {
    return views.stream()
        .filter(rs -> target.podTemplateHash().equals(rs.podTemplateHash()))
        .findFirst()
        .orElse(null);
  }
}
