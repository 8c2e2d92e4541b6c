package dev.stepwise.domain.analysis;

import java.time.Instant;
import java.util.Map;

/**
 * What one call to a metric provider produced. The engine turns it into a measurement: a {@link
 * Kind#RESULT} is assessed with the metric's success/failure conditions, the other kinds carry
 * their phase already (the Job and Kayenta providers decide on their own, as upstream).
 *
 * @param kind what the provider says
 * @param phase the decided phase (DECIDED), RUNNING (RUNNING), ERROR (ERROR); null for RESULT
 * @param result the value bound to {@code result} in conditions (RESULT only; may be null = nil)
 * @param value the measurement's {@code value} string as upstream writes it (may be null)
 * @param metadata the measurement's metadata (never null)
 * @param message the measurement's message (errors, "Metric Terminated"), or null
 * @param resumeAt when an in-flight (RUNNING) measurement should be polled again, or null
 */
public record Observation(
    Kind kind,
    AnalysisPhase phase,
    Object result,
    String value,
    Map<String, String> metadata,
    String message,
    Instant resumeAt) {

  /** The kinds of provider answers. */
  public enum Kind {
    RESULT,
    DECIDED,
    RUNNING,
    ERROR
  }

  public Observation {
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }

  /** A value to assess with the metric's conditions. */
  public static Observation result(Object result, String value, Map<String, String> metadata) {
    return new Observation(Kind.RESULT, null, result, value, metadata, null, null);
  }

  /** A phase the provider decided itself (Job, Kayenta). */
  public static Observation decided(
      AnalysisPhase phase, String value, Map<String, String> metadata, String message) {
    return new Observation(Kind.DECIDED, phase, null, value, metadata, message, null);
  }

  /** A measurement still in flight, to be resumed at {@code resumeAt}. */
  public static Observation running(Map<String, String> metadata, Instant resumeAt) {
    return new Observation(
        Kind.RUNNING, AnalysisPhase.RUNNING, null, null, metadata, null, resumeAt);
  }

  /** A provider error (bad request, 5xx, timeout, garbage): the measurement phase is Error. */
  public static Observation error(String message, Map<String, String> metadata) {
    return new Observation(Kind.ERROR, AnalysisPhase.ERROR, null, null, metadata, message, null);
  }
}
