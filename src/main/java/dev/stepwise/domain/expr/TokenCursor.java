package dev.stepwise.domain.expr;

import dev.stepwise.domain.expr.Token.Kind;
import java.util.List;

/** A position in the token list, with expr's "unexpected token" error. */
abstract class TokenCursor {
  private final List<Token> tokens;
  protected int at;

  protected TokenCursor(List<Token> tokens) {
    this.tokens = tokens;
  }

  protected Token cur() {
    return tokens.get(at);
  }

  protected Token peek() {
    return tokens.get(Math.min(at + 1, tokens.size() - 1));
  }

  protected Token next() {
    return tokens.get(at++);
  }

  protected ExprException unexpected() {
    return new ExprException("unexpected token " + cur(), cur().pos());
  }

  protected void expect(Kind k, String v) {
    if (!cur().is(k, v)) {
      throw unexpected();
    }
    at++;
  }
}
