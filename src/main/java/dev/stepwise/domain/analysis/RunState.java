package dev.stepwise.domain.analysis;

import dev.stepwise.domain.CborSerializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The journaled state of one AnalysisRun. Immutable; {@link #apply} returns the next state, and
 * every assessment happens there, so a replay of the events yields the same phases, counters, kept
 * measurements and times. The AnalysisRun {@code status} is a projection of it.
 *
 * @param spec the run spec (null before {@link RunEvent.Started})
 * @param prepared the spec resolved and validated (null before the start)
 * @param startedAt when the run started
 * @param completedAt when it reached a completed phase, or null
 * @param phase the run phase
 * @param message the run message (why it failed, "Run Terminated"), or null
 * @param results one result per metric that has been measured, in order of first measurement
 * @param runSummary metrics counted by phase (dryRun metrics excluded)
 * @param dryRunSummary dryRun metrics counted by phase
 */
public record RunState(
    RunSpec spec,
    PreparedRun prepared,
    Instant startedAt,
    Instant completedAt,
    AnalysisPhase phase,
    String message,
    List<MetricResult> results,
    RunSummary runSummary,
    RunSummary dryRunSummary)
    implements CborSerializable {

  /** Upstream keeps the last 10 measurements of a metric unless measurementRetention says so. */
  public static final int DEFAULT_MEASUREMENT_RETENTION = 10;

  public RunState {
    results = results == null ? List.of() : List.copyOf(results);
  }

  /** A run not started yet. */
  public static RunState empty() {
    return new RunState(
        null, null, null, null, AnalysisPhase.PENDING, null, null, RunSummary.EMPTY, null);
  }

  /** Replays {@code events} from the empty state. */
  public static RunState replay(List<? extends RunEvent> events) {
    RunState s = empty();
    for (RunEvent e : events) {
      s = s.apply(e);
    }
    return s;
  }

  public boolean started() {
    return spec != null;
  }

  public boolean completed() {
    return phase.completed();
  }

  /** The result of {@code metric}, or null before its first measurement. */
  public MetricResult result(String metric) {
    return results.stream().filter(r -> r.name().equals(metric)).findFirst().orElse(null);
  }

  /**
   * Upstream's IsTerminating: {@code spec.terminate}, or a non-dryRun metric Failed, Errored or was
   * Inconclusive (which stops the others).
   */
  public boolean terminating() {
    if (spec != null && spec.terminate()) {
      return true;
    }
    for (MetricResult r : results) {
      if (!r.dryRun()
          && (r.phase() == AnalysisPhase.FAILED
              || r.phase() == AnalysisPhase.ERROR
              || r.phase() == AnalysisPhase.INCONCLUSIVE)) {
        return true;
      }
    }
    return false;
  }

  /** How many measurements of {@code metric} are kept (at least 1, so scheduling has a last). */
  public int retention(String metric) {
    Integer limit = prepared == null ? null : prepared.retention().get(metric);
    return limit == null ? DEFAULT_MEASUREMENT_RETENTION : Math.max(1, limit);
  }

  /** The next state. Events for a completed run change nothing. */
  public RunState apply(RunEvent event) {
    return switch (event) {
      case RunEvent.Started e -> onStarted(e);
      case RunEvent.Measured e -> completed() || !started() ? this : onMeasured(e);
      case RunEvent.TerminateRequested e ->
          completed() || !started() ? this : with(spec.terminated(), results).assess(e.at());
    };
  }

  private RunState onStarted(RunEvent.Started e) {
    if (started()) {
      return this;
    }
    PreparedRun p = PreparedRun.of(e.spec());
    if (p.error() != null) {
      return new RunState(
          e.spec(),
          p,
          e.at(),
          e.at(),
          AnalysisPhase.ERROR,
          p.error(),
          null,
          RunSummary.EMPTY,
          null);
    }
    return new RunState(
            e.spec(), p, e.at(), null, AnalysisPhase.RUNNING, null, null, RunSummary.EMPTY, null)
        .assess(e.at());
  }

  private RunState onMeasured(RunEvent.Measured e) {
    if (prepared.metric(e.metric()) == null) {
      return this;
    }
    List<MetricResult> next = new ArrayList<>(results);
    MetricResult r = result(e.metric());
    int keep = retention(e.metric());
    if (r == null) {
      next.add(
          MetricResult.start(e.metric(), prepared.dryRun().contains(e.metric()))
              .record(e.measurement(), keep));
    } else {
      next.set(results.indexOf(r), r.record(e.measurement(), keep));
    }
    return with(spec, next).assess(e.at());
  }

  private RunState assess(Instant at) {
    return RunAssessment.assess(this, at);
  }

  RunState with(RunSpec s, List<MetricResult> rs) {
    return new RunState(
        s, prepared, startedAt, completedAt, phase, message, rs, runSummary, dryRunSummary);
  }

  RunState withOutcome(
      List<MetricResult> rs,
      AnalysisPhase p,
      String msg,
      RunSummary run,
      RunSummary dry,
      Instant at) {
    Instant done = p.completed() ? (completedAt == null ? at : completedAt) : null;
    return new RunState(spec, prepared, startedAt, done, p, msg, rs, run, dry);
  }
}
