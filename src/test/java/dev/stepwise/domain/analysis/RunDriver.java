package dev.stepwise.domain.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test support: builds metrics and drives a run through decide → events → apply. */
final class RunDriver {
  static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

  /**
   * A fake assessor: an {@link AnalysisPhase} result is that phase; anything else is an evaluation
   * error. The real expression language is tested in {@code domain.expr}.
   */
  static final ResultAssessor ASSESSOR =
      (success, failure, result) ->
          result instanceof AnalysisPhase p
              ? new ResultAssessor.Assessment(p, null)
              : new ResultAssessor.Assessment(
                  AnalysisPhase.ERROR, "could not evaluate successCondition: " + result);

  final List<RunEvent> events = new ArrayList<>();
  RunState state = RunState.empty();
  final Map<String, String> secrets = new HashMap<>();

  /** A metric with a prometheus provider; {@code kv} sets fields by their YAML names. */
  static MetricSpec metric(String name, String... kv) {
    Map<String, String> f = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      f.put(kv[i], kv[i + 1]);
    }
    return new MetricSpec(
        name,
        f.get("interval"),
        f.get("initialDelay"),
        f.get("count"),
        f.getOrDefault("successCondition", "result[0] >= 0.95"),
        f.get("failureCondition"),
        f.get("failureLimit"),
        f.get("inconclusiveLimit"),
        f.get("consecutiveErrorLimit"),
        f.get("consecutiveSuccessLimit"),
        Map.of(
            "prometheus",
            Map.of("address", "http://prom:9090", "query", f.getOrDefault("query", "up"))));
  }

  static RunSpec spec(MetricSpec... metrics) {
    return new RunSpec(List.of(metrics), List.of(), List.of(), List.of(), null, false);
  }

  static Instant at(long seconds) {
    return T0.plusSeconds(seconds);
  }

  RunDriver start(RunSpec spec, Instant now) {
    return persist(RunEngine.start(state, spec, now));
  }

  RunDriver persist(List<RunEvent> evs) {
    for (RunEvent e : evs) {
      events.add(e);
      state = state.apply(e);
    }
    return this;
  }

  /** Measures {@code metric} now with this observation (as the actor would). */
  RunDriver observe(String metric, Observation obs, Instant now) {
    RunEngine.MeasurementInput in = RunEngine.prepare(state, metric, (n, k) -> read(n, k));
    Observation o = in.error() != null ? RunEngine.errorOf(in) : obs;
    return persist(RunEngine.record(state, in, now, o, ASSESSOR, now));
  }

  RunDriver observe(String metric, AnalysisPhase result, Instant now) {
    return observe(metric, Observation.result(result, "[" + result.wire() + "]", Map.of()), now);
  }

  RunDriver terminate(Instant now) {
    return persist(RunEngine.terminate(state, now));
  }

  /** The tasks due now, as "metric:ACTION". */
  List<String> due(Instant now) {
    return RunTasks.due(state, now).stream()
        .map(t -> t.metric().name() + ":" + t.action())
        .toList();
  }

  private String read(String name, String key) {
    String v = secrets.get(name + "/" + key);
    if (v == null) {
      throw new IllegalStateException("secrets \"" + name + "\" not found");
    }
    return v;
  }
}
