package dev.stepwise.domain.expr;

import java.util.ArrayList;
import java.util.List;

/** Numeric builtins: abs, round, int, float, min/max, sum, mean, median. */
final class Numbers {
  private Numbers() {}

  static double arg(String fn, Object v) {
    if (!Values.isNumber(v)) {
      throw invalidArgument(fn, v);
    }
    return Values.toFloat(v);
  }

  static ExprException invalidArgument(String fn, Object v) {
    return new ExprException("invalid argument for " + fn + " (type " + GoFormat.typeName(v) + ")");
  }

  static Object abs(Object v) {
    if (v instanceof Long l) {
      return Math.abs(l);
    }
    if (v instanceof Double d) {
      return Math.abs(d);
    }
    throw invalidArgument("abs", v);
  }

  /** Go's math.Round: half away from zero. */
  static double round(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return x;
    }
    double t = x < 0 ? Math.ceil(x) : Math.floor(x);
    if (Math.abs(x - t) >= 0.5) {
      t += Math.signum(x);
    }
    return t;
  }

  static Object toInt(Object v) {
    return switch (v) {
      case Long l -> l;
      case Double d -> d.longValue();
      case String s -> {
        try {
          yield Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
          throw new ExprException("invalid operation: int(" + s + ")");
        }
      }
      case null, default ->
          throw new ExprException("invalid operation: int(" + GoFormat.typeName(v) + ")");
    };
  }

  static Object toFloat(Object v) {
    return switch (v) {
      case Long l -> (double) l;
      case Double d -> d;
      case String s -> {
        try {
          yield parseFloat(s, "strconv.ParseFloat");
        } catch (ExprException e) {
          throw new ExprException("invalid operation: float(" + s + ")");
        }
      }
      case null, default ->
          throw new ExprException("invalid operation: float(" + GoFormat.typeName(v) + ")");
    };
  }

  /** Go's strconv.ParseFloat, including "NaN", "Inf", "+Inf", "-Inf" (any case). */
  static double parseFloat(String s, String fn) {
    String t = s.toLowerCase();
    switch (t) {
      case "nan" -> {
        return Double.NaN;
      }
      case "inf", "+inf", "infinity", "+infinity" -> {
        return Double.POSITIVE_INFINITY;
      }
      case "-inf", "-infinity" -> {
        return Double.NEGATIVE_INFINITY;
      }
      default -> {}
    }
    if (s.isEmpty() || !s.matches("[+-]?(\\d[\\d_]*\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      throw new ExprException(fn + ": parsing " + GoFormat.quote(s) + ": invalid syntax");
    }
    return Double.parseDouble(s.replace("_", ""));
  }

  /**
   * expr's max/min: arrays are flattened and the winner keeps its own type (int or float); an empty
   * array gives nil, and a single non-numeric argument is returned as is.
   */
  static Object minMax(String fn, List<Object> args, int sign) {
    if (args.size() == 1 && !(args.get(0) instanceof List<?>) && !Values.isNumber(args.get(0))) {
      return args.get(0);
    }
    List<Object> all = Builtins.flatten(args);
    Object best = null;
    for (Object v : all) {
      if (!Values.isNumber(v)) {
        throw invalidArgument(fn, v);
      }
      if (best == null || Ops.compare(sign > 0 ? ">" : "<", v, best)) {
        best = v;
      }
    }
    return best;
  }

  static Object sum(Object v) {
    if (!(v instanceof List<?> l)) {
      throw invalidArgument("sum", v);
    }
    Object total = 0L;
    for (Object o : Builtins.flatten(l)) {
      if (!Values.isNumber(o)) {
        throw invalidArgument("sum", o);
      }
      total = Ops.add(total, o);
    }
    return total;
  }

  static double mean(List<Object> args) {
    List<Double> xs = floats("mean", args);
    if (xs.isEmpty()) {
      return 0.0;
    }
    double total = 0;
    for (double x : xs) {
      total += x;
    }
    return total / xs.size();
  }

  static double median(List<Object> args) {
    List<Double> xs = floats("median", args);
    if (xs.isEmpty()) {
      return 0.0;
    }
    xs.sort(Double::compare);
    int n = xs.size();
    return n % 2 == 1 ? xs.get(n / 2) : (xs.get(n / 2 - 1) + xs.get(n / 2)) / 2;
  }

  private static List<Double> floats(String fn, List<Object> args) {
    List<Double> out = new ArrayList<>();
    for (Object v : Builtins.flatten(args)) {
      out.add(arg(fn, v));
    }
    return out;
  }
}
