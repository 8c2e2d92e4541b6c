package dev.stepwise.domain.analysis;

import dev.stepwise.domain.CborSerializable;
import java.time.Instant;

/**
 * What happened to an AnalysisRun, persisted in order; replaying them through {@link
 * RunState#apply} rebuilds the run, measurements and counters included.
 */
public sealed interface RunEvent extends CborSerializable {
  Instant at();

  /** The run began with this spec (arguments as given; Secrets are read only when measuring). */
  record Started(RunSpec spec, Instant at) implements RunEvent {}

  /** A measurement of {@code metric} started, progressed or finished (already assessed). */
  record Measured(String metric, Measurement measurement, Instant at) implements RunEvent {}

  /** {@code spec.terminate} was set: no new measurements; in-flight ones are terminated. */
  record TerminateRequested(Instant at) implements RunEvent {}
}
