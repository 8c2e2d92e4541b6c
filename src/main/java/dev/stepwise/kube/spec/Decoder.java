package dev.stepwise.kube.spec;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tolerant reads from a raw JSON tree: a value of the wrong type is recorded as "path: reason" and
 * read as absent, so one bad field never drops the whole object.
 */
final class Decoder {
  private final List<String> errors = new ArrayList<>();

  List<String> errors() {
    return List.copyOf(errors);
  }

  void error(String path, String reason) {
    errors.add(path + ": " + reason);
  }

  /** The object at {@code key}, or an empty map when absent or not an object. */
  @SuppressWarnings("unchecked")
  Map<String, Object> object(Map<String, Object> parent, String key, String path) {
    Object v = parent == null ? null : parent.get(key);
    if (v instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    if (v != null) {
      error(path, "expected an object, got " + GoJson.quote(v.toString()));
    }
    return Map.of();
  }

  /** The list at {@code key}, or null when absent or not a list. */
  List<?> list(Map<String, Object> parent, String key, String path) {
    Object v = parent.get(key);
    if (v instanceof List<?> l) {
      return l;
    }
    if (v != null) {
      error(path, "expected a list, got " + GoJson.quote(v.toString()));
    }
    return null;
  }

  /** An int32 at {@code key}, or null when absent or not an integer. */
  Integer int32(Map<String, Object> parent, String key, String path) {
    return int32(parent.get(key), path);
  }

  Integer int32(Object v, String path) {
    if (v == null) {
      return null;
    }
    BigInteger i = GoText.integral(v).orElse(null);
    if (i == null || v instanceof Boolean) {
      error(path, "expected an integer, got " + GoJson.quote(v.toString()));
      return null;
    }
    if (i.bitLength() > 31) {
      error(path, "out of range for int32: " + i);
      return null;
    }
    return i.intValue();
  }

  boolean bool(Map<String, Object> parent, String key, String path) {
    Object v = parent.get(key);
    if (v instanceof Boolean b) {
      return b;
    }
    if (v != null) {
      error(path, "expected a boolean, got " + GoJson.quote(v.toString()));
    }
    return false;
  }

  String string(Map<String, Object> parent, String key, String path) {
    Object v = parent.get(key);
    if (v instanceof String s) {
      return s;
    }
    if (v != null) {
      error(path, "expected a string, got " + GoJson.quote(v.toString()));
    }
    return null;
  }

  /** A map[string]string at {@code key} in source order, or null when absent. */
  Map<String, String> stringMap(Map<String, Object> parent, String key, String path) {
    Object v = parent.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Map<?, ?> m)) {
      error(path, "expected an object, got " + GoJson.quote(v.toString()));
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    m.forEach(
        (k, value) -> {
          if (value instanceof String s) {
            out.put(String.valueOf(k), s);
          } else if (value != null) {
            error(path + "." + k, "expected a string, got " + GoJson.quote(value.toString()));
          }
        });
    return out;
  }
}
