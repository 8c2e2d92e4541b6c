package dev.stepwise.domain.analysis;

/**
 * A template set, argument list or run spec that cannot become a run; the message is upstream's.
 */
public final class AnalysisSpecException extends RuntimeException {
  public AnalysisSpecException(String message) {
    super(message);
  }
}
