package dev.stepwise.domain.analysis;

/**
 * Assesses a provider's {@code result} with a metric's conditions, as upstream's EvaluateResult
 * (semantics §2.1). Implemented by the expression language in {@code domain.expr}; the engine
 * depends only on this interface.
 */
@FunctionalInterface
public interface ResultAssessor {

  /**
   * @param successCondition the metric's successCondition, or null/blank
   * @param failureCondition the metric's failureCondition, or null/blank
   * @param result the provider value (Java forms: Double, Long, String, Boolean, List, Map, null)
   * @return the measurement phase (SUCCESSFUL, FAILED, INCONCLUSIVE or ERROR) and, for ERROR, the
   *     upstream message (e.g. {@code could not evaluate successCondition "x": ...})
   */
  Assessment assess(String successCondition, String failureCondition, Object result);

  /** The outcome of {@link #assess}. */
  record Assessment(AnalysisPhase phase, String message) {}
}
