package dev.stepwise.domain.expr;

import dev.stepwise.domain.expr.Node.ArrayLit;
import dev.stepwise.domain.expr.Node.Closure;
import dev.stepwise.domain.expr.Node.Lit;
import dev.stepwise.domain.expr.Node.MapLit;
import dev.stepwise.domain.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** The comma-separated parts of the grammar: call arguments, closures, array and map literals. */
abstract class CompositeParser extends TokenCursor {
  /** Greater than 0 inside a closure, where {@code #} is allowed. */
  protected int depth;

  protected CompositeParser(List<Token> tokens) {
    super(tokens);
  }

  protected abstract Node expression(int precedence);

  /** Parses call arguments after "(" up to and including ")"; predicates become closures. */
  protected void arguments(String fn, List<Node> args) {
    boolean predicate = Builtins.takesPredicate(fn);
    int start = args.size(); // a pipe has already put its left side first
    while (!cur().is(Kind.BRACKET, ")")) {
      if (args.size() > start) {
        expect(Kind.OPERATOR, ",");
        if (cur().is(Kind.BRACKET, ")")) {
          break;
        }
      }
      args.add(predicate && args.size() == 1 ? closure() : expression(0));
    }
    next();
  }

  private Node closure() {
    boolean braces = cur().is(Kind.BRACKET, "{");
    if (braces) {
      next();
    }
    depth++;
    Node body = expression(0);
    depth--;
    if (braces) {
      expect(Kind.BRACKET, "}");
    }
    return new Closure(body);
  }

  protected Node array() {
    List<Node> items = new ArrayList<>();
    while (!cur().is(Kind.BRACKET, "]")) {
      if (!items.isEmpty()) {
        expect(Kind.OPERATOR, ",");
        if (cur().is(Kind.BRACKET, "]")) {
          break;
        }
      }
      items.add(expression(0));
    }
    next();
    return new ArrayLit(items);
  }

  protected Node map() {
    List<Node> keys = new ArrayList<>();
    List<Node> values = new ArrayList<>();
    while (!cur().is(Kind.BRACKET, "}")) {
      if (!keys.isEmpty()) {
        expect(Kind.OPERATOR, ",");
        if (cur().is(Kind.BRACKET, "}")) {
          break;
        }
        if (cur().is(Kind.OPERATOR, ",")) {
          throw unexpected();
        }
      }
      Token k = cur();
      if (k.is(Kind.IDENTIFIER) || k.is(Kind.STRING)) {
        next();
        keys.add(new Lit(k.value()));
      } else if (k.is(Kind.NUMBER)) {
        next();
        keys.add(new Lit(Literals.number(k)));
      } else if (k.is(Kind.BRACKET, "(")) {
        keys.add(expression(0));
      } else {
        throw new ExprException(
            "a map key must be a quoted string, a number, a identifier, or an expression enclosed"
                + " in parentheses (unexpected token "
                + k
                + ")",
            k.pos());
      }
      expect(Kind.OPERATOR, ":");
      values.add(expression(0));
    }
    next();
    return new MapLit(keys, values);
  }
}
