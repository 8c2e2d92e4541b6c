package dev.stepwise.entity.analysis;

import dev.stepwise.analysis.AnalysisEnvironment;
import dev.stepwise.analysis.MeasurementRequest;
import dev.stepwise.analysis.MetricProvider;
import dev.stepwise.analysis.http.GoDurations;
import dev.stepwise.domain.analysis.MetricResult;
import dev.stepwise.domain.analysis.MetricSpec;
import dev.stepwise.domain.analysis.Observation;
import dev.stepwise.domain.analysis.RunEngine;
import dev.stepwise.domain.analysis.RunEvent;
import dev.stepwise.domain.analysis.RunState;
import dev.stepwise.domain.analysis.RunTasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Takes the due measurements of a run: Secrets read now, providers called (blocking; callers run
 * this on the measurement executor, never on the actor dispatcher), and the answers turned into
 * events by {@link RunEngine#record}. Never throws: a provider that throws is a measurement Error.
 */
final class Measurements {
  private Measurements() {}

  /** What one provider call produced, before it is recorded. */
  record Outcome(RunEngine.MeasurementInput input, Instant startedAt, Observation observation) {}

  /** Calls the providers for {@code tasks}; the state is only read. */
  static List<Outcome> take(
      RunState s,
      List<RunTasks.Task> tasks,
      AnalysisEnvironment env,
      String namespace,
      String runName,
      String runUid,
      Clock clock) {
    List<Outcome> out = new ArrayList<>();
    for (RunTasks.Task task : tasks) {
      Instant started = clock.instant();
      RunEngine.MeasurementInput input =
          RunEngine.prepare(
              s, task.metric().name(), (secret, key) -> env.secretValue(namespace, secret, key));
      Observation obs;
      if (input.error() != null) {
        obs = RunEngine.errorOf(input);
      } else {
        obs = call(s, task, input.metric(), env, namespace, runName, runUid, clock);
      }
      out.add(new Outcome(input, started, obs));
    }
    return out;
  }

  private static Observation call(
      RunState s,
      RunTasks.Task task,
      MetricSpec metric,
      AnalysisEnvironment env,
      String namespace,
      String runName,
      String runUid,
      Clock clock) {
    try {
      MetricProvider provider = env.provider(metric.providerType());
      MetricResult r = s.result(metric.name());
      int index = r == null ? 1 : r.count() + r.error() + 1;
      MeasurementRequest request =
          new MeasurementRequest(
              namespace,
              runName,
              runUid,
              metric.name(),
              index,
              metric.providerConfig(),
              interval(metric),
              s.startedAt(),
              clock.instant(),
              env.secrets(),
              env.controllerNamespace());
      Map<String, String> meta = task.inFlight() == null ? Map.of() : task.inFlight().metadata();
      Observation obs =
          switch (task.action()) {
            case START -> provider.run(request);
            case RESUME -> provider.resume(request, meta);
            case TERMINATE -> provider.terminate(request, meta);
          };
      if (obs == null) {
        return Observation.error("provider returned nothing", Map.of());
      }
      if (obs.kind() != Observation.Kind.RUNNING) {
        // what the provider created for measurements no longer kept goes too (Job: old Jobs)
        provider.garbageCollect(request, s.retention(metric.name()));
      }
      return obs;
    } catch (RuntimeException e) {
      // providers should not throw; one that does makes an Error measurement, not a dead run
      return Observation.error(String.valueOf(e.getMessage()), Map.of());
    }
  }

  private static Duration interval(MetricSpec metric) {
    try {
      return metric.interval() == null || metric.interval().isBlank()
          ? null
          : GoDurations.parse("interval", metric.interval());
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The events recording {@code outcomes}, each decided on the state the previous one left. */
  static List<RunEvent> record(
      RunState s, List<Outcome> outcomes, AnalysisEnvironment env, Instant now) {
    List<RunEvent> events = new ArrayList<>();
    RunState at = s;
    for (Outcome o : outcomes) {
      for (RunEvent e :
          RunEngine.record(at, o.input(), o.startedAt(), o.observation(), env.assessor(), now)) {
        events.add(e);
        at = at.apply(e);
      }
    }
    return events;
  }
}
