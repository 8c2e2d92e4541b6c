package dev.stepwise.domain;

/**
 * One canary step, as the domain sees it. A flat record (rather than a sealed hierarchy) so that it
 * serializes in events without type annotations in the pure domain.
 *
 * @param kind what the step does
 * @param weight the weight of a SET_WEIGHT step (0 otherwise)
 * @param pauseSeconds the duration of a PAUSE step in seconds, or null for an indefinite pause; -1
 *     when the duration could not be parsed (an InvalidSpec)
 * @param unsupported for UNSUPPORTED, the upstream step key ("experiment", ...)
 * @param analysis for ANALYSIS, the step's analysis (null otherwise)
 */
public record Step(
    Kind kind, int weight, Long pauseSeconds, String unsupported, RolloutAnalysis analysis) {

  /** A step without an analysis (the shape before analysis steps). */
  public Step(Kind kind, int weight, Long pauseSeconds, String unsupported) {
    this(kind, weight, pauseSeconds, unsupported, null);
  }

  /** The step kinds Stepwise knows; UNSUPPORTED ones are reported as not supported yet. */
  public enum Kind {
    SET_WEIGHT,
    PAUSE,
    ANALYSIS,
    UNSUPPORTED
  }

  public static Step setWeight(int weight) {
    return new Step(Kind.SET_WEIGHT, weight, null, null);
  }

  public static Step pause(Long seconds) {
    return new Step(Kind.PAUSE, 0, seconds, null);
  }

  public static Step analysis(RolloutAnalysis analysis) {
    return new Step(Kind.ANALYSIS, 0, null, null, analysis);
  }

  public static Step unsupported(String key) {
    return new Step(Kind.UNSUPPORTED, 0, null, key);
  }

  /**
   * A step that does not have exactly one action: {@code keys} are the step keys present (none, or
   * several such as "setWeight","pause"); reported as an InvalidSpec with upstream's message.
   */
  public static Step malformed(java.util.List<String> keys) {
    return new Step(Kind.UNSUPPORTED, 0, null, String.join(",", keys));
  }

  /** The step keys of a {@link #malformed} step, or null when this step is not malformed. */
  public java.util.List<String> malformedKeys() {
    if (kind != Kind.UNSUPPORTED || unsupported == null) {
      return null;
    }
    if (unsupported.isEmpty()) {
      return java.util.List.of();
    }
    return unsupported.contains(",") ? java.util.List.of(unsupported.split(",")) : null;
  }
}
