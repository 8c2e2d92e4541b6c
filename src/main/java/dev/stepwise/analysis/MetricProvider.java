package dev.stepwise.analysis;

import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.Observation;
import java.util.Map;

/**
 * One metric provider (prometheus, web, job, datadog, newRelic, wavefront, kayenta, graphite,
 * influxdb). Calls block (they run off the actor dispatcher) and never throw for bad input or a bad
 * answer: they return {@link Observation#error}. Clients and secrets are injected.
 */
public interface MetricProvider {

  /** The provider key under {@code metric.provider} (e.g. "prometheus", "newRelic"). */
  String type();

  /** Takes a measurement (or starts one: Job and Kayenta answer RUNNING with a resumeAt). */
  Observation run(MeasurementRequest request);

  /** Polls an in-flight measurement; {@code metadata} is what the RUNNING observation carried. */
  default Observation resume(MeasurementRequest request, Map<String, String> metadata) {
    return run(request);
  }

  /** Stops an in-flight measurement (upstream marks it Inconclusive, "Metric Terminated"). */
  default Observation terminate(MeasurementRequest request, Map<String, String> metadata) {
    return Observation.decided(AnalysisPhase.INCONCLUSIVE, null, metadata, "Metric Terminated");
  }

  /** Deletes what the provider created beyond the newest {@code limit} measurements (Job). */
  default void garbageCollect(MeasurementRequest request, int limit) {}
}
