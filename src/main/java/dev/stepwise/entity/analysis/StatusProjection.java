package dev.stepwise.entity.analysis;

import dev.stepwise.domain.analysis.RunState;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.TimerScheduler;

/**
 * Writes a run's state as its AnalysisRun status: coalesced (one write in flight; the newest state
 * is written after it), retried with backoff while the API server fails. Runs on the actor, so
 * needs no locks; the writes themselves run on the blocking executor.
 */
final class StatusProjection {
  static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
  private static final String RETRY = "status-retry";

  /** A write finished: {@code exists} false when the object is gone. */
  record Written(boolean exists, Throwable failure) {}

  /** The backoff after a failed write passed. */
  enum Retry {
    INSTANCE
  }

  private final AnalysisRunKey key;
  private final AnalysisRuntime rt;
  private final ActorContext<Object> context;
  private final TimerScheduler<Object> timers;
  private final Runnable onGone;
  private boolean inFlight;
  private boolean dirty;
  private boolean waiting;
  private Duration backoff = FIRST_BACKOFF;

  StatusProjection(
      AnalysisRunKey key,
      AnalysisRuntime rt,
      ActorContext<Object> context,
      TimerScheduler<Object> timers,
      Runnable onGone) {
    this.key = key;
    this.rt = rt;
    this.context = context;
    this.timers = timers;
    this.onGone = onGone;
  }

  /** The state changed: write it (now, or after the write in flight or the backoff). */
  void request(RunState s) {
    dirty = true;
    if (!inFlight && !waiting) {
      write(s);
    }
  }

  /** Nothing written or waiting. */
  boolean idle() {
    return !inFlight && !dirty && !waiting;
  }

  void retry(RunState s) {
    waiting = false;
    if (dirty && !inFlight) {
      write(s);
    }
  }

  void written(RunState current, Written w) {
    inFlight = false;
    if (w.failure() != null) {
      dirty = true;
      waiting = true;
      context
          .getLog()
          .warn(
              "{}: status write failed, retrying in {}: {}",
              key.entityId(),
              backoff,
              w.failure().getMessage());
      timers.startSingleTimer(RETRY, Retry.INSTANCE, backoff);
      backoff = next(backoff);
      return;
    }
    backoff = FIRST_BACKOFF;
    if (!w.exists()) {
      dirty = false;
      onGone.run();
      return;
    }
    if (dirty) {
      write(current);
    }
  }

  private void write(RunState s) {
    inFlight = true;
    dirty = false;
    var self = context.getSelf();
    var env = rt.env();
    CompletableFuture.supplyAsync(
            () -> env.writeStatus(key.namespace(), key.name(), s), rt.blocking())
        .whenComplete(
            (exists, t) -> self.tell(new Written(Boolean.TRUE.equals(exists), unwrap(t))));
  }

  static Throwable unwrap(Throwable t) {
    return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
  }

  static Duration next(Duration d) {
    Duration twice = d.multipliedBy(2);
    return twice.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : twice;
  }
}
