package dev.stepwise.domain.expr;

/**
 * A compile or run error of an expression. The message is expr-lang's bare message (what upstream
 * Argo keeps after unwrapping expr's {@code file.Error}), without the source snippet; {@link
 * #position()} tells where in the source it happened, for callers that want to point at it.
 */
public final class ExprException extends RuntimeException {
  private final int position;

  public ExprException(String message) {
    this(message, -1);
  }

  public ExprException(String message, int position) {
    super(message, null, false, false);
    this.position = position;
  }

  /** 0-based character offset in the source, or -1 when unknown. */
  public int position() {
    return position;
  }
}
