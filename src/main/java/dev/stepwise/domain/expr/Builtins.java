package dev.stepwise.domain.expr;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** expr's builtin functions that take plain values (closure builtins are in Predicates). */
final class Builtins {
  /** A builtin with its arity; {@code max} -1 is variadic. */
  record Fn(int min, int max, Impl impl) {}

  /** Builtins whose upstream Validate reports "invalid number of arguments (expected n, got m)". */
  private static final Set<String> COUNTED =
      Set.of("len", "abs", "ceil", "floor", "round", "int", "float", "first", "last", "now");

  @FunctionalInterface
  interface Impl {
    Object apply(List<Object> a, Clock clock);
  }

  private static final Set<String> PREDICATES =
      Set.of(
          "all",
          "any",
          "none",
          "one",
          "filter",
          "map",
          "count",
          "sum",
          "find",
          "findIndex",
          "findLast",
          "findLastIndex",
          "groupBy",
          "sortBy",
          "reduce");
  private static final Map<String, Fn> FNS = new HashMap<>();

  static {
    FNS.put("len", new Fn(1, 1, (a, c) -> len(a.get(0))));
    FNS.put("abs", new Fn(1, 1, (a, c) -> Numbers.abs(a.get(0))));
    FNS.put("ceil", new Fn(1, 1, (a, c) -> Math.ceil(Numbers.arg("ceil", a.get(0)))));
    FNS.put("floor", new Fn(1, 1, (a, c) -> Math.floor(Numbers.arg("floor", a.get(0)))));
    FNS.put("round", new Fn(1, 1, (a, c) -> Numbers.round(Numbers.arg("round", a.get(0)))));
    FNS.put("int", new Fn(1, 1, (a, c) -> Numbers.toInt(a.get(0))));
    FNS.put("float", new Fn(1, 1, (a, c) -> Numbers.toFloat(a.get(0))));
    FNS.put("string", new Fn(1, 1, (a, c) -> GoFormat.value(a.get(0))));
    FNS.put("max", new Fn(1, -1, (a, c) -> Numbers.minMax("max", a, 1)));
    FNS.put("min", new Fn(1, -1, (a, c) -> Numbers.minMax("min", a, -1)));
    FNS.put("sum", new Fn(1, 1, (a, c) -> Numbers.sum(a.get(0))));
    FNS.put("mean", new Fn(1, -1, (a, c) -> Numbers.mean(a)));
    FNS.put("median", new Fn(1, -1, (a, c) -> Numbers.median(a)));
    FNS.put("type", new Fn(1, 1, (a, c) -> type(a.get(0))));
    FNS.put("now", new Fn(0, 0, (a, c) -> Instant.now(c)));
    FNS.put("duration", new Fn(1, 1, (a, c) -> Durations.parse(Values.asString(a.get(0)))));
    FNS.put("date", new Fn(1, 3, (a, c) -> Dates.parse(a)));
    StringBuiltins.register(FNS);
    CollectionBuiltins.register(FNS);
  }

  private Builtins() {}

  static boolean takesPredicate(String name) {
    return PREDICATES.contains(name);
  }

  static boolean exists(String name) {
    return FNS.containsKey(name) || PREDICATES.contains(name);
  }

  static Object call(String name, List<Object> args, Clock clock) {
    Fn fn = FNS.get(name);
    boolean tooFew = args.size() < fn.min();
    if (tooFew || fn.max() >= 0 && args.size() > fn.max()) {
      if (COUNTED.contains(name)) {
        throw new ExprException(
            "invalid number of arguments (expected " + fn.min() + ", got " + args.size() + ")");
      }
      throw new ExprException((tooFew ? "not enough" : "too many") + " arguments to call " + name);
    }
    return fn.impl().apply(args, clock);
  }

  static long len(Object v) {
    return switch (v) {
      case List<?> l -> l.size();
      case Map<?, ?> m -> m.size();
      case String s -> s.getBytes(StandardCharsets.UTF_8).length; // Go counts bytes
      case null, default ->
          throw new ExprException("invalid argument for len (type " + GoFormat.typeName(v) + ")");
    };
  }

  private static String type(Object v) {
    return switch (v) {
      case null -> "nil";
      case Boolean b -> "bool";
      case Long l -> "int";
      case Double d -> "float";
      case String s -> "string";
      case List<?> l -> "array";
      case Map<?, ?> m -> "map";
      case Instant t -> "time";
      case Duration d -> "duration";
      case ExprFunction f -> "func";
      default -> "unknown";
    };
  }

  static List<Object> flatten(List<?> in, List<Object> out) {
    for (Object o : in) {
      if (o instanceof List<?> l) {
        flatten(l, out);
      } else {
        out.add(o);
      }
    }
    return out;
  }

  static List<Object> flatten(List<?> in) {
    return flatten(in, new ArrayList<>());
  }
}
