package dev.stepwise.domain.expr;

import dev.stepwise.domain.expr.Node.Binary;
import java.util.ArrayList;
import java.util.List;

/** Evaluates binary operators, short-circuiting {@code and}, {@code or} and {@code ??}. */
final class BinaryEval {
  private BinaryEval() {}

  static Object eval(Evaluator ev, Binary b) {
    String op = b.op();
    switch (op) {
      case "and", "&&" -> {
        // expr's VM asserts only the left side; the right value is the result as is.
        return Values.asBool(ev.eval(b.left())) ? ev.eval(b.right()) : false;
      }
      case "or", "||" -> {
        return Values.asBool(ev.eval(b.left())) ? true : ev.eval(b.right());
      }
      case "??" -> {
        Object l = ev.eval(b.left());
        return l != null ? l : ev.eval(b.right());
      }
      default -> {}
    }
    Object l = ev.eval(b.left());
    Object r = ev.eval(b.right());
    return switch (op) {
      case "+" -> Ops.add(l, r);
      case "-" -> Ops.subtract(l, r);
      case "*" -> Ops.multiply(l, r);
      case "/" -> Ops.divide(l, r);
      case "%" -> Ops.modulo(l, r);
      case "**", "^" -> Ops.power(l, r);
      case "==" -> Ops.equal(l, r);
      case "!=" -> !Ops.equal(l, r);
      case "<", ">", "<=", ">=" -> Ops.compare(op, l, r);
      case "in" -> Ops.in(l, r);
      case "matches" -> matches(Values.asString(l), Values.asString(r));
      case "contains" -> Values.asString(l).contains(Values.asString(r));
      case "startsWith" -> Values.asString(l).startsWith(Values.asString(r));
      case "endsWith" -> Values.asString(l).endsWith(Values.asString(r));
      case ".." -> range(l, r);
      default -> throw new ExprException("unknown operator " + op, b.pos());
    };
  }

  /** Go's regexp.MatchString: an unanchored search. */
  static boolean matches(String s, String regex) {
    return Regexps.find(s, regex);
  }

  private static List<Object> range(Object from, Object to) {
    if (!(from instanceof Long) || !(to instanceof Long)) {
      throw Ops.invalid(from, "..", to);
    }
    long a = (Long) from;
    long z = (Long) to;
    if (z - a + 1 > 10_000_000) {
      throw new ExprException("range too large: " + a + ".." + z);
    }
    List<Object> out = new ArrayList<>();
    for (long i = a; i <= z; i++) {
      out.add(i);
    }
    return out;
  }
}
