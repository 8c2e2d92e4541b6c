package dev.stepwise.entity;

import dev.stepwise.domain.RolloutEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The actuation bookkeeping of one entity (not thread-safe: used only from the actor): at most one
 * request in flight, only the latest one waiting, backoff between retries. Newer requests supersede
 * older ones, but the events of a superseded request travel on so none goes unreported.
 */
final class ActuationQueue {
  static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

  /**
   * One hand-off to the actuator: the events not yet reported. What to write is decided when the
   * request starts, from the state then (RolloutEntity#launch).
   */
  record Request(List<RolloutEvent> newEvents) {
    Request after(Request older) {
      List<RolloutEvent> events = new ArrayList<>(older.newEvents);
      events.addAll(newEvents);
      return new Request(List.copyOf(events));
    }
  }

  private boolean open;
  private Request inFlight;
  private Request waiting;
  private boolean backingOff;
  private Duration backoff = FIRST_BACKOFF;

  /** Allows requests to start (the entity has observed the object it will write to). */
  void open() {
    open = true;
  }

  boolean isOpen() {
    return open;
  }

  boolean inFlight() {
    return inFlight != null;
  }

  /** Remembers {@code request} as the latest; it supersedes a waiting one or a pending retry. */
  void offer(Request request) {
    waiting = waiting == null ? request : request.after(waiting);
    backingOff = false;
  }

  /** The request {@link #next()} would start now, without starting it. */
  Optional<Request> ready() {
    return !open || inFlight != null || waiting == null || backingOff
        ? Optional.empty()
        : Optional.of(waiting);
  }

  /** The request to start now, if one is waiting and nothing prevents it; marks it in flight. */
  Optional<Request> next() {
    if (!open || inFlight != null || waiting == null || backingOff) {
      return Optional.empty();
    }
    inFlight = waiting;
    waiting = null;
    return Optional.of(inFlight);
  }

  /**
   * The in-flight request finished. Returns how long to wait before retrying it, when it must be
   * retried and nothing newer is waiting (a newer request supersedes the retry and may start now).
   */
  Optional<Duration> finish(boolean retry) {
    Request done = inFlight;
    inFlight = null;
    if (!retry || done == null) {
      backoff = FIRST_BACKOFF;
      return Optional.empty();
    }
    if (waiting != null) {
      waiting = waiting.after(done);
      return Optional.empty();
    }
    waiting = done;
    backingOff = true;
    Duration delay = backoff;
    backoff =
        backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
    return Optional.of(delay);
  }

  /** The backoff delay passed: the waiting retry may start. */
  void backoffElapsed() {
    backingOff = false;
  }
}
