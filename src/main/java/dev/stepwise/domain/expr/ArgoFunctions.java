package dev.stepwise.domain.expr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The functions Argo's EvalCondition puts next to {@code result}: asInt, asFloat, isNaN, isInf,
 * isNil and default. isNil and default ignore their first argument and look at the result itself,
 * exactly as upstream's closures do.
 */
final class ArgoFunctions {
  private ArgoFunctions() {}

  static Map<String, Object> env(Object result) {
    Object value = Values.normalize(result);
    Map<String, Object> env = new HashMap<>();
    env.put("result", value);
    env.put("asInt", fn("asInt", 1, a -> asInt(a.get(0))));
    env.put("asFloat", fn("asFloat", 1, a -> asFloat(a.get(0))));
    env.put("isNaN", fn("isNaN", 1, a -> Double.isNaN(float64(a.get(0)))));
    env.put("isInf", fn("isInf", 1, a -> Double.isInfinite(float64(a.get(0)))));
    env.put("isNil", fn("isNil", 1, a -> value == null));
    env.put("default", fn("default", 2, a -> value == null ? a.get(1) : value));
    return env;
  }

  private static ExprFunction fn(String name, int arity, ExprFunction body) {
    return args -> {
      if (args.size() < arity) {
        throw new ExprException("not enough arguments to call " + name);
      }
      if (args.size() > arity) {
        throw new ExprException("too many arguments to call " + name);
      }
      return body.call(args);
    };
  }

  /** Go passes a float64 parameter by reflection; anything else is a reflect panic. */
  private static double float64(Object v) {
    if (v instanceof Double d) {
      return d;
    }
    if (v == null) {
      throw new ExprException("reflect: Call using zero Value argument");
    }
    throw new ExprException("reflect: Call using " + GoFormat.typeName(v) + " as type float64");
  }

  static long asInt(Object v) {
    return switch (v) {
      case Double d -> d.longValue();
      case Long l -> l;
      case String s -> {
        if (!s.matches("[+-]?\\d+")) {
          throw new ExprException(
              "strconv.ParseInt: parsing " + GoFormat.quote(s) + ": invalid syntax");
        }
        try {
          yield Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
          throw new ExprException(
              "strconv.ParseInt: parsing " + GoFormat.quote(s) + ": value out of range");
        }
      }
      case null, default -> throw notSupported("asInt", v);
    };
  }

  static double asFloat(Object v) {
    return switch (v) {
      case Double d -> d;
      case Long l -> (double) l;
      case String s -> Numbers.parseFloat(s, "strconv.ParseFloat");
      case null, default -> throw notSupported("asFloat", v);
    };
  }

  /** Upstream: {@code asInt() not supported on <reflect.TypeOf(in)> <in>}. */
  private static ExprException notSupported(String fn, Object v) {
    return new ExprException(
        fn + "() not supported on " + GoFormat.typeName(v) + " " + GoFormat.value(v));
  }

  static boolean isNilOrEmpty(Object result) {
    return result == null || (result instanceof List<?> l && l.isEmpty());
  }
}
