package dev.stepwise.domain.analysis;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decisions of an AnalysisRun: each returns the events to persist (possibly none), and {@link
 * RunState#apply} does the rest. Time always comes in as a parameter. The driver (an actor) loops:
 * {@link RunTasks#due} → {@link #prepare} → call the provider → {@link #record}; it sleeps until
 * {@link RunTasks#nextWakeup}.
 */
public final class RunEngine {
  /** What Secret values look like in measurement messages, values and metadata. */
  public static final String MASK = "*****";

  /** The message of a measurement stopped because the run terminated (upstream's). */
  public static final String TERMINATED_MESSAGE = "Metric Terminated";

  private RunEngine() {}

  /** Reads one key of a Secret in the run's namespace; throws when it cannot. */
  @FunctionalInterface
  public interface SecretReader {
    String read(String secretName, String key);
  }

  /**
   * A metric resolved for one measurement: Secret arguments substituted with their values (held
   * only in memory), the values to mask, or the error that makes the measurement an Error.
   */
  public record MeasurementInput(MetricSpec metric, Set<String> secretValues, String error) {}

  /** Starts the run, once. */
  public static List<RunEvent> start(RunState s, RunSpec spec, Instant now) {
    return s.started() ? List.of() : List.of(new RunEvent.Started(spec, now));
  }

  /** {@code spec.terminate} became true; nothing when already terminating or completed. */
  public static List<RunEvent> terminate(RunState s, Instant now) {
    return !s.started() || s.completed() || s.spec().terminate()
        ? List.of()
        : List.of(new RunEvent.TerminateRequested(now));
  }

  /** Resolves {@code metric} with its Secrets read now (upstream reads them per measurement). */
  public static MeasurementInput prepare(RunState s, String metric, SecretReader secrets) {
    if (!s.started() || s.prepared().error() != null) {
      return new MeasurementInput(null, Set.of(), "the run has not started");
    }
    MetricSpec raw =
        s.spec().metrics().stream().filter(m -> metricName(s, m, metric)).findFirst().orElse(null);
    if (raw == null) {
      return new MeasurementInput(null, Set.of(), "metric \"" + metric + "\" not found");
    }
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> hidden = new HashSet<>();
    for (ArgSpec a : s.spec().args()) {
      if (!a.fromSecret()) {
        values.put(a.name(), a.value());
        continue;
      }
      try {
        String v = secrets.read(a.secretName(), a.secretKey());
        if (v == null) {
          throw new IllegalStateException(
              "key \"" + a.secretKey() + "\" not found in secret \"" + a.secretName() + "\"");
        }
        values.put(a.name(), v);
        if (!v.isEmpty()) {
          hidden.add(v);
        }
      } catch (RuntimeException e) {
        return new MeasurementInput(s.prepared().metric(metric), hidden, e.getMessage());
      }
    }
    try {
      return new MeasurementInput(ArgSubstitution.resolve(raw, values), Set.copyOf(hidden), null);
    } catch (AnalysisSpecException e) {
      return new MeasurementInput(s.prepared().metric(metric), hidden, e.getMessage());
    }
  }

  // raw metric names may themselves hold {{args.x}}: match through the resolved list's order
  private static boolean metricName(RunState s, MetricSpec raw, String metric) {
    int i = s.spec().metrics().indexOf(raw);
    return i < s.prepared().metrics().size() && s.prepared().metrics().get(i).name().equals(metric);
  }

  /**
   * Records what the provider said about {@code metric} as a measurement (§2.3 step 4): a RESULT is
   * assessed with the metric's conditions; a resumed in-flight measurement keeps its startedAt.
   * Nothing when the run or the metric is already completed.
   *
   * @param input the metric as measured (from {@link #prepare}); its Secret values are masked
   * @param startedAt when the provider call started (ignored when resuming), or null for now
   */
  public static List<RunEvent> record(
      RunState s,
      MeasurementInput input,
      Instant startedAt,
      Observation obs,
      ResultAssessor assessor,
      Instant now) {
    if (!s.started() || s.completed() || input.metric() == null) {
      return List.of();
    }
    String name = input.metric().name();
    MetricResult r = s.result(name);
    if (s.prepared().metric(name) == null || (r != null && r.phase().completed())) {
      return List.of();
    }
    Measurement last = r == null ? null : r.last();
    Instant began =
        last != null && last.inFlight() ? last.startedAt() : startedAt == null ? now : startedAt;
    Measurement m = measure(input.metric(), obs, assessor, began, now, s.terminating());
    return List.of(new RunEvent.Measured(name, mask(m, input.secretValues()), now));
  }

  /** A measurement that failed before the provider was called (e.g. a Secret is missing). */
  public static Observation errorOf(MeasurementInput input) {
    return Observation.error(input.error(), Map.of());
  }

  private static Measurement measure(
      MetricSpec metric,
      Observation obs,
      ResultAssessor assessor,
      Instant began,
      Instant now,
      boolean terminating) {
    return switch (obs.kind()) {
      case RESULT -> {
        ResultAssessor.Assessment a;
        try {
          a = assessor.assess(metric.successCondition(), metric.failureCondition(), obs.result());
        } catch (RuntimeException e) {
          a = new ResultAssessor.Assessment(AnalysisPhase.ERROR, String.valueOf(e.getMessage()));
        }
        AnalysisPhase p =
            a == null || a.phase() == null || !a.phase().completed()
                ? AnalysisPhase.ERROR
                : a.phase();
        String msg = a == null ? "no assessment" : a.message();
        yield new Measurement(p, msg, began, now, obs.value(), obs.metadata(), null);
      }
      case DECIDED -> {
        boolean ok = obs.phase() != null && obs.phase().completed();
        yield new Measurement(
            ok ? obs.phase() : AnalysisPhase.ERROR,
            ok ? obs.message() : "provider decided no completed phase: " + obs.phase(),
            began,
            now,
            obs.value(),
            obs.metadata(),
            null);
      }
      case RUNNING ->
          terminating
              // a provider that cannot stop a measurement must not keep the run open forever
              ? new Measurement(
                  AnalysisPhase.SUCCESSFUL,
                  TERMINATED_MESSAGE,
                  began,
                  now,
                  obs.value(),
                  obs.metadata(),
                  null)
              : new Measurement(
                  AnalysisPhase.RUNNING,
                  obs.message(),
                  began,
                  null,
                  obs.value(),
                  obs.metadata(),
                  obs.resumeAt());
      case ERROR ->
          new Measurement(
              AnalysisPhase.ERROR, obs.message(), began, now, obs.value(), obs.metadata(), null);
    };
  }

  private static Measurement mask(Measurement m, Set<String> secrets) {
    if (secrets.isEmpty()) {
      return m;
    }
    Map<String, String> meta = new LinkedHashMap<>();
    m.metadata().forEach((k, v) -> meta.put(k, mask(v, secrets)));
    return new Measurement(
        m.phase(),
        mask(m.message(), secrets),
        m.startedAt(),
        m.finishedAt(),
        mask(m.value(), secrets),
        meta,
        m.resumeAt());
  }

  static String mask(String s, Set<String> secrets) {
    if (s == null) {
      return null;
    }
    String out = s;
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    return out;
  }
}
