package dev.stepwise.domain.expr;

/**
 * Entry point of Stepwise's expr-lang (github.com/expr-lang/expr v1.17) implementation: compile
 * once, run against an env many times.
 *
 * <pre>{@code
 * Program p = Expr.compile("result[0] >= 0.95");
 * Object ok = p.run(Map.of("result", List.of(0.99)));   // true
 * }</pre>
 */
public final class Expr {
  private Expr() {}

  /**
   * Parses {@code source}.
   *
   * @throws ExprException with expr's message for a syntax error
   */
  public static Program compile(String source) {
    if (source == null) {
      throw new ExprException("unexpected token EOF", 0);
    }
    try {
      return new Program(source, Parser.parse(source));
    } catch (StackOverflowError e) {
      throw new ExprException("expression is nested too deeply", 0);
    }
  }
}
