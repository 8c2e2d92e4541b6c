package dev.stepwise.domain.expr;

import dev.stepwise.domain.expr.Node.Call;
import dev.stepwise.domain.expr.Node.Closure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builtins that take a closure: all, any, none, one, filter, map, count, sum, find, reduce... */
final class Predicates {
  private Predicates() {}

  static Object call(Evaluator ev, Call c) {
    String fn = c.name();
    List<Node> args = c.args();
    boolean optionalPredicate = fn.equals("count") || fn.equals("sum");
    int min = optionalPredicate ? 1 : 2;
    int max = fn.equals("reduce") || fn.equals("sortBy") ? 3 : 2;
    if (args.size() < min || args.size() > max) {
      throw new ExprException(
          "invalid number of arguments (expected " + min + ", got " + args.size() + ")", c.pos());
    }
    Object collection = ev.eval(args.get(0));
    if (fn.equals("sum") && args.size() == 1) {
      return Builtins.call("sum", List.of(collection), ev.clock());
    }
    List<?> items = Values.asList(collection, fn);
    Closure pred = args.size() > 1 ? (Closure) args.get(1) : null;
    return switch (fn) {
      case "all" -> count(ev, items, pred) == items.size();
      case "any" -> count(ev, items, pred) > 0;
      case "none" -> count(ev, items, pred) == 0;
      case "one" -> count(ev, items, pred) == 1;
      case "count" -> count(ev, items, pred);
      case "filter" -> {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
          if (test(ev, pred, items.get(i), i)) {
            out.add(items.get(i));
          }
        }
        yield out;
      }
      case "map" -> {
        List<Object> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
          out.add(ev.closure(pred, items.get(i), i, null));
        }
        yield out;
      }
      case "sum" -> {
        Object total = 0L;
        for (int i = 0; i < items.size(); i++) {
          total = Ops.add(total, ev.closure(pred, items.get(i), i, null));
        }
        yield total;
      }
      case "find", "findIndex" -> find(ev, items, pred, fn.equals("findIndex"), false);
      case "findLast", "findLastIndex" -> find(ev, items, pred, fn.equals("findLastIndex"), true);
      case "groupBy" -> {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
          String key = GoFormat.value(ev.closure(pred, items.get(i), i, null));
          @SuppressWarnings("unchecked")
          List<Object> group = (List<Object>) out.computeIfAbsent(key, k -> new ArrayList<>());
          group.add(items.get(i));
        }
        yield out;
      }
      case "sortBy" -> sortBy(ev, items, pred, args.size() > 2 ? ev.eval(args.get(2)) : "asc");
      case "reduce" ->
          reduce(ev, items, pred, args.size() > 2, args.size() > 2 ? args.get(2) : null);
      default -> throw new ExprException("unknown name " + fn, c.pos());
    };
  }

  /** Counts matches; without a predicate (count(list)) the elements themselves must be bools. */
  private static long count(Evaluator ev, List<?> items, Closure pred) {
    long n = 0;
    for (int i = 0; i < items.size(); i++) {
      boolean hit = pred == null ? Values.asBool(items.get(i)) : test(ev, pred, items.get(i), i);
      n += hit ? 1 : 0;
    }
    return n;
  }

  private static boolean test(Evaluator ev, Closure pred, Object item, int i) {
    return Values.asBool(ev.closure(pred, item, i, null));
  }

  private static Object find(
      Evaluator ev, List<?> items, Closure pred, boolean index, boolean last) {
    for (int k = 0; k < items.size(); k++) {
      int i = last ? items.size() - 1 - k : k;
      if (test(ev, pred, items.get(i), i)) {
        return index ? (Object) (long) i : items.get(i);
      }
    }
    return index ? (Object) (-1L) : null;
  }

  private static Object sortBy(Evaluator ev, List<?> items, Closure pred, Object order) {
    boolean desc = "desc".equals(order);
    if (!desc && !"asc".equals(order)) {
      throw new ExprException("unknown order, use asc or desc");
    }
    List<Object[]> keyed = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      keyed.add(new Object[] {ev.closure(pred, items.get(i), i, null), items.get(i)});
    }
    keyed.sort(
        (x, y) -> {
          int c = Ops.compare("<", x[0], y[0]) ? -1 : Ops.compare(">", x[0], y[0]) ? 1 : 0;
          return desc ? -c : c;
        });
    List<Object> out = new ArrayList<>();
    keyed.forEach(k -> out.add(k[1]));
    return out;
  }

  private static Object reduce(
      Evaluator ev, List<?> items, Closure pred, boolean hasInit, Node init) {
    int start = 0;
    Object acc;
    if (hasInit) {
      acc = ev.eval(init);
    } else {
      if (items.isEmpty()) {
        throw new ExprException("reduce of empty array with no initial value");
      }
      acc = items.get(0);
      start = 1;
    }
    for (int i = start; i < items.size(); i++) {
      acc = ev.closure(pred, items.get(i), i, acc);
    }
    return acc;
  }
}
