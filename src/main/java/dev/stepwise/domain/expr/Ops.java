package dev.stepwise.domain.expr;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Binary operators with Go's int/float64 rules (expr's runtime helpers). */
final class Ops {
  private Ops() {}

  static Object add(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return x + y;
    }
    if (Values.isNumber(a) && Values.isNumber(b)) {
      return Values.toFloat(a) + Values.toFloat(b);
    }
    if (a instanceof String x && b instanceof String y) {
      return x + y;
    }
    if (a instanceof Instant t && b instanceof Duration d) {
      return t.plus(d);
    }
    if (a instanceof Duration d && b instanceof Instant t) {
      return t.plus(d);
    }
    if (a instanceof Duration x && b instanceof Duration y) {
      return x.plus(y);
    }
    throw invalid(a, "+", b);
  }

  static Object subtract(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return x - y;
    }
    if (Values.isNumber(a) && Values.isNumber(b)) {
      return Values.toFloat(a) - Values.toFloat(b);
    }
    if (a instanceof Instant x && b instanceof Instant y) {
      return Duration.between(y, x);
    }
    if (a instanceof Instant t && b instanceof Duration d) {
      return t.minus(d);
    }
    if (a instanceof Duration x && b instanceof Duration y) {
      return x.minus(y);
    }
    throw invalid(a, "-", b);
  }

  static Object multiply(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return x * y;
    }
    if (Values.isNumber(a) && Values.isNumber(b)) {
      return Values.toFloat(a) * Values.toFloat(b);
    }
    if (a instanceof Duration d && b instanceof Long n) {
      return d.multipliedBy(n);
    }
    if (a instanceof Long n && b instanceof Duration d) {
      return d.multipliedBy(n);
    }
    throw invalid(a, "*", b);
  }

  /** {@code /} is always float64 in expr, even for two ints; x/0 is ±Inf or NaN. */
  static Object divide(Object a, Object b) {
    if (Values.isNumber(a) && Values.isNumber(b)) {
      return Values.toFloat(a) / Values.toFloat(b);
    }
    throw invalid(a, "/", b);
  }

  static Object modulo(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      if (y == 0) {
        throw new ExprException("runtime error: integer divide by zero");
      }
      return x % y; // Java and Go both truncate toward zero
    }
    throw invalid(a, "%", b);
  }

  static Object power(Object a, Object b) {
    return Math.pow(Values.toFloat(a), Values.toFloat(b));
  }

  /** {@code <}, {@code >}, {@code <=}, {@code >=} over numbers, strings, times and durations. */
  static boolean compare(String op, Object a, Object b) {
    int c;
    if (a instanceof Long x && b instanceof Long y) {
      c = Long.compare(x, y);
    } else if (Values.isNumber(a) && Values.isNumber(b)) {
      double x = Values.toFloat(a);
      double y = Values.toFloat(b);
      if (Double.isNaN(x) || Double.isNaN(y)) {
        return false; // every ordered comparison with NaN is false in Go
      }
      c = Double.compare(x, y);
    } else if (a instanceof String x && b instanceof String y) {
      c = x.compareTo(y);
    } else if (a instanceof Instant x && b instanceof Instant y) {
      c = x.compareTo(y);
    } else if (a instanceof Duration x && b instanceof Duration y) {
      c = x.compareTo(y);
    } else {
      throw invalid(a, op, b);
    }
    return switch (op) {
      case "<" -> c < 0;
      case ">" -> c > 0;
      case "<=" -> c <= 0;
      default -> c >= 0;
    };
  }

  /** expr's runtime.Equal: numbers compare across int/float, the rest deeply and by type. */
  static boolean equal(Object a, Object b) {
    if (Values.isNumber(a) && Values.isNumber(b)) {
      if (a instanceof Long x && b instanceof Long y) {
        return x.longValue() == y.longValue();
      }
      return Values.toFloat(a) == Values.toFloat(b);
    }
    if (a instanceof List<?> || a instanceof Map<?, ?>) {
      return Objects.equals(a, b); // reflect.DeepEqual: 1 and 1.0 differ inside collections
    }
    return Objects.equals(a, b);
  }

  static boolean in(Object needle, Object haystack) {
    if (haystack == null) {
      return false;
    }
    if (haystack instanceof List<?> l) {
      for (Object o : l) {
        if (equal(o, needle)) {
          return true;
        }
      }
      return false;
    }
    if (haystack instanceof Map<?, ?> m) {
      if (needle != null && !(needle instanceof String)) {
        throw new ExprException(
            "reflect.Value.MapIndex: value of type "
                + GoFormat.typeName(needle)
                + " is not assignable to type string");
      }
      return m.containsKey(needle == null ? "" : needle);
    }
    throw new ExprException("operator \"in\" not defined on " + GoFormat.typeName(haystack));
  }

  static Object negate(Object v) {
    if (v instanceof Long l) {
      return -l;
    }
    if (v instanceof Double d) {
      return -d;
    }
    if (v instanceof Duration d) {
      return d.negated();
    }
    throw new ExprException("invalid operation: - " + GoFormat.typeName(v));
  }

  static ExprException invalid(Object a, String op, Object b) {
    return new ExprException(
        "invalid operation: " + GoFormat.typeName(a) + " " + op + " " + GoFormat.typeName(b));
  }
}
