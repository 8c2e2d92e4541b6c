package dev.stepwise.domain.expr;

import dev.stepwise.domain.expr.Builtins.Fn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Array and map builtins: first, last, get, keys, values, reverse, uniq, concat, flatten, sort. */
final class CollectionBuiltins {
  private CollectionBuiltins() {}

  static void register(Map<String, Fn> fns) {
    fns.put("first", new Fn(1, 1, (a, c) -> edge(a.get(0), true)));
    fns.put("last", new Fn(1, 1, (a, c) -> edge(a.get(0), false)));
    fns.put("get", new Fn(2, 2, (a, c) -> get(a.get(0), a.get(1))));
    fns.put("keys", new Fn(1, 1, (a, c) -> new ArrayList<Object>(map(a.get(0), "keys").keySet())));
    fns.put(
        "values", new Fn(1, 1, (a, c) -> new ArrayList<Object>(map(a.get(0), "values").values())));
    fns.put("reverse", new Fn(1, 1, (a, c) -> reverse(a.get(0))));
    fns.put(
        "uniq",
        new Fn(1, 1, (a, c) -> new ArrayList<Object>(new LinkedHashSet<>(list(a.get(0), "uniq")))));
    fns.put("concat", new Fn(1, -1, (a, c) -> concat(a)));
    fns.put("flatten", new Fn(1, 1, (a, c) -> Builtins.flatten(list(a.get(0), "flatten"))));
    fns.put("sort", new Fn(1, 2, (a, c) -> sort(a)));
  }

  private static List<?> list(Object v, String fn) {
    if (v instanceof List<?> l) {
      return l;
    }
    throw new ExprException("cannot " + fn + " " + GoFormat.typeName(v));
  }

  private static Map<?, ?> map(Object v, String fn) {
    if (v instanceof Map<?, ?> m) {
      return m;
    }
    throw new ExprException("cannot get " + fn + " from " + GoFormat.typeName(v));
  }

  /** first/last swallow any failure (expr recovers the panic): nil for an empty array. */
  private static Object edge(Object v, boolean first) {
    return get(v, first ? 0L : -1L);
  }

  /** get() never fails on a missing key, a bad index or a wrong type: it returns nil. */
  private static Object get(Object from, Object key) {
    try {
      return Slices.fetch(from, key);
    } catch (ExprException e) {
      return null;
    }
  }

  private static List<Object> reverse(Object v) {
    List<Object> out = new ArrayList<>(list(v, "reverse"));
    Collections.reverse(out);
    return out;
  }

  private static List<Object> concat(List<Object> args) {
    List<Object> out = new ArrayList<>();
    for (Object a : args) {
      out.addAll(list(a, "concat"));
    }
    return out;
  }

  private static List<Object> sort(List<Object> a) {
    List<Object> out = new ArrayList<>(list(a.get(0), "sort"));
    boolean desc = a.size() > 1 && "desc".equals(a.get(1));
    out.sort(
        (x, y) -> {
          int c = Ops.compare("<", x, y) ? -1 : Ops.compare(">", x, y) ? 1 : 0;
          return desc ? -c : c;
        });
    return out;
  }

  static Map<String, Object> sorted(Map<String, Object> m) {
    return new TreeMap<>(m);
  }
}
