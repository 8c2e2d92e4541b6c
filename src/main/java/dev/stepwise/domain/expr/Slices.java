package dev.stepwise.domain.expr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Indexing, member access and slicing (expr's runtime.Fetch and runtime.Slice). */
final class Slices {
  private Slices() {}

  static Object fetch(Object from, Object key) {
    if (from instanceof Map<?, ?> m) {
      if (key != null && !(key instanceof String)) {
        throw new ExprException(
            "reflect.Value.MapIndex: value of type "
                + GoFormat.typeName(key)
                + " is not assignable to type string");
      }
      return m.get(key == null ? "" : key); // a missing key is nil
    }
    if (from instanceof List<?> l) {
      return l.get(index(Values.toInt(key), l.size()));
    }
    if (from instanceof String s) {
      // Go indexes a string by byte and yields a uint8.
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      return (long) (bytes[index(Values.toInt(key), bytes.length)] & 0xff);
    }
    throw new ExprException(
        "cannot fetch " + GoFormat.value(key) + " from " + GoFormat.typeName(from));
  }

  private static int index(long i, int length) {
    long idx = i < 0 ? length + i : i;
    if (idx < 0 || idx >= length) {
      throw new ExprException("index out of range: " + idx + " (array length is " + length + ")");
    }
    return (int) idx;
  }

  static Object slice(Object array, Object from, Object to) {
    int length;
    if (array instanceof List<?> l) {
      length = l.size();
    } else if (array instanceof String s) {
      length = s.length();
    } else {
      throw new ExprException("cannot slice " + GoFormat.value(from));
    }
    long a = from == null ? 0 : Values.toInt(from);
    long b = to == null ? length : Values.toInt(to);
    a = a < 0 ? Math.max(0, length + a) : a;
    b = b < 0 ? Math.max(0, length + b) : Math.min(b, length);
    a = Math.min(a, b);
    if (array instanceof List<?> l) {
      return new ArrayList<Object>(l.subList((int) a, (int) b));
    }
    return ((String) array).substring((int) a, (int) b);
  }
}
