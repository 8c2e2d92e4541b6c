package dev.stepwise.analysis.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only typed access to a provider's decoded JSON config. A wrong type yields a {@link
 * BadConfig} whose message names the field, so the measurement errors with a clear reason.
 */
public final class Config {
  private final Map<String, Object> values;
  private final String path;

  public Config(Map<String, Object> values, String path) {
    this.values = values == null ? Map.of() : values;
    this.path = path;
  }

  public String string(String key) {
    Object v = values.get(key);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    throw new BadConfig(where(key) + " must be a string");
  }

  public String string(String key, String fallback) {
    String v = string(key);
    return v == null || v.isEmpty() ? fallback : v;
  }

  public String required(String key) {
    String v = string(key);
    if (v == null || v.isBlank()) {
      throw new BadConfig(where(key) + " is required");
    }
    return v;
  }

  public boolean bool(String key) {
    Object v = values.get(key);
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s && (s.equals("true") || s.equals("false"))) {
      return Boolean.parseBoolean(s);
    }
    throw new BadConfig(where(key) + " must be a boolean");
  }

  public Double number(String key) {
    Object v = values.get(key);
    if (v == null) {
      return null;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof String s) {
      try {
        return Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        throw new BadConfig(where(key) + " must be a number, got \"" + s + "\"");
      }
    }
    throw new BadConfig(where(key) + " must be a number");
  }

  @SuppressWarnings("unchecked")
  public Config child(String key) {
    Object v = values.get(key);
    if (v == null) {
      return new Config(Map.of(), where(key));
    }
    if (v instanceof Map<?, ?> m) {
      return new Config((Map<String, Object>) m, where(key));
    }
    throw new BadConfig(where(key) + " must be an object");
  }

  public boolean has(String key) {
    return values.get(key) != null;
  }

  public Object raw(String key) {
    return values.get(key);
  }

  public List<Config> list(String key) {
    Object v = values.get(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> l)) {
      throw new BadConfig(where(key) + " must be a list");
    }
    return l.stream()
        .map(
            e -> {
              if (e instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> cast = (Map<String, Object>) m;
                return new Config(cast, where(key) + "[]");
              }
              throw new BadConfig(where(key) + " entries must be objects");
            })
        .toList();
  }

  public List<String> strings(String key) {
    Object v = values.get(key);
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> l && l.stream().allMatch(e -> e instanceof String)) {
      return l.stream().map(String.class::cast).toList();
    }
    throw new BadConfig(where(key) + " must be a list of strings");
  }

  /** {@code headers: [{key, value}]} as an ordered map. */
  public Map<String, String> headers(String key) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Config h : list(key)) {
      out.put(h.required("key"), h.string("value", ""));
    }
    return out;
  }

  private String where(String key) {
    return path + "." + key;
  }

  /** A config field with the wrong type or missing; the message is safe to show. */
  public static final class BadConfig extends RuntimeException {
    public BadConfig(String message) {
      super(message);
    }
  }
}
