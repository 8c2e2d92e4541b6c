package dev.stepwise.kube;

import java.util.List;
import java.util.Map;

/** Small helpers for the raw JSON trees of generic resources. */
final class RawMaps {
  private RawMaps() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return value instanceof List<?> l ? (List<Object>) l : List.of();
  }
}
