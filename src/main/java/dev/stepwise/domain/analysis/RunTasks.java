package dev.stepwise.domain.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What to measure when (upstream §2.3 steps 1, 3 and 7), from the state and a given time. */
public final class RunTasks {
  /** After a measurement Error the next one waits this long, whatever the interval. */
  public static final Duration ERROR_RETRY_INTERVAL = Duration.ofSeconds(10);

  private RunTasks() {}

  /** What to do for one metric now. */
  public enum Action {
    /** Take a new measurement. */
    START,
    /** Poll the in-flight measurement again (its resumeAt has passed). */
    RESUME,
    /** Stop the in-flight measurement: the run is terminating. */
    TERMINATE
  }

  /**
   * One due task.
   *
   * @param metric the resolved metric (Secret arguments still placeholders)
   * @param action what to do
   * @param inFlight the in-flight measurement for RESUME and TERMINATE, else null
   */
  public record Task(MetricSpec metric, Action action, Measurement inFlight) {}

  /** The tasks due at {@code now}, in metric order. A completed or unstarted run has none. */
  public static List<Task> due(RunState s, Instant now) {
    List<Task> tasks = new ArrayList<>();
    if (!s.started() || s.completed()) {
      return tasks;
    }
    boolean terminating = s.terminating();
    for (MetricSpec m : s.prepared().metrics()) {
      MetricResult r = s.result(m.name());
      if (r != null && r.phase().completed()) {
        continue;
      }
      Measurement last = r == null ? null : r.last();
      if (last != null && last.inFlight()) {
        if (terminating) {
          tasks.add(new Task(m, Action.TERMINATE, last));
        } else if (last.resumeAt() == null || !last.resumeAt().isAfter(now)) {
          tasks.add(new Task(m, Action.RESUME, last));
        }
        continue;
      }
      Instant at = terminating ? null : nextStart(s, m, r);
      if (at != null && !at.isAfter(now)) {
        tasks.add(new Task(m, Action.START, null));
      }
    }
    return tasks;
  }

  /**
   * When something is next due: the earliest next measurement start or in-flight resumeAt over the
   * metrics not completed; null when nothing is scheduled (completed, or waiting on a terminate).
   */
  public static Instant nextWakeup(RunState s) {
    if (!s.started() || s.completed()) {
      return null;
    }
    boolean terminating = s.terminating();
    Instant earliest = null;
    for (MetricSpec m : s.prepared().metrics()) {
      MetricResult r = s.result(m.name());
      if (r != null && r.phase().completed()) {
        continue;
      }
      Measurement last = r == null ? null : r.last();
      Instant at;
      if (last != null && last.inFlight()) {
        at = terminating ? s.startedAt() : last.resumeAt();
      } else {
        at = terminating ? null : nextStart(s, m, r);
      }
      if (at != null && (earliest == null || at.isBefore(earliest))) {
        earliest = at;
      }
    }
    return earliest;
  }

  /**
   * When a new measurement of {@code m} may start (the previous one finished): after initialDelay
   * from the run start for the first; after the interval (10 s after an Error) from the last one's
   * finish; never once the count is reached.
   */
  static Instant nextStart(RunState s, MetricSpec m, MetricResult r) {
    Measurement last = r == null ? null : r.last();
    if (last == null) {
      Duration delay = Durations.parseOrNull(m.initialDelay());
      return delay == null ? s.startedAt() : s.startedAt().plus(delay);
    }
    Integer effective = m.effectiveCount();
    if (effective != null && r.count() >= effective) {
      return null;
    }
    Duration interval;
    if (last.phase() == AnalysisPhase.ERROR) {
      interval = ERROR_RETRY_INTERVAL;
    } else {
      Duration d = Durations.parseOrNull(m.interval());
      interval = d == null ? Duration.ZERO : d;
    }
    return last.finishedAt().plus(interval);
  }

  /**
   * When a completed run is to be deleted by its {@code ttlStrategy} (upstream §2.3 step 1):
   * secondsAfterSuccess for Successful, secondsAfterFailure for Failed, else
   * secondsAfterCompletion, counted from completedAt; null when none applies.
   */
  public static Instant deleteAt(RunState s) {
    if (!s.completed() || s.completedAt() == null || s.spec() == null) {
      return null;
    }
    RunSpec.Ttl ttl = s.spec().ttlStrategy();
    if (ttl == null) {
      return null;
    }
    Integer seconds;
    if (s.phase() == AnalysisPhase.SUCCESSFUL && ttl.secondsAfterSuccess() != null) {
      seconds = ttl.secondsAfterSuccess();
    } else if (s.phase() == AnalysisPhase.FAILED && ttl.secondsAfterFailure() != null) {
      seconds = ttl.secondsAfterFailure();
    } else {
      seconds = ttl.secondsAfterCompletion();
    }
    return seconds == null ? null : s.completedAt().plusSeconds(seconds);
  }
}
