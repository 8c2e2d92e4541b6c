package dev.stepwise.api;

import dev.stepwise.api.common.ApiObject;
import io.fabric8.kubernetes.client.CustomResource;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Walks our API objects and reports every field that landed in an additionalProperties map. */
final class UnknownFields {
  private UnknownFields() {}

  /** Paths of fields kept only as extras, i.e. fields our model does not declare. */
  static List<String> in(CustomResource<?, ?> resource) {
    List<String> out = new ArrayList<>();
    walk(resource.getSpec(), "spec", out);
    walk(resource.getStatus(), "status", out);
    return out;
  }

  static List<String> in(Object resource) {
    return resource instanceof CustomResource<?, ?> cr ? in(cr) : List.of("not ours: " + resource);
  }

  private static void walk(Object value, String path, List<String> out) {
    switch (value) {
      case null -> {}
      case ApiObject api -> {
        api.getAdditionalProperties().keySet().forEach(k -> out.add(path + "." + k));
        walkFields(api, path, out);
      }
      case Collection<?> items -> {
        int i = 0;
        for (Object item : items) {
          walk(item, path + "[" + i++ + "]", out);
        }
      }
      case Map<?, ?> map -> map.forEach((k, v) -> walk(v, path + "." + k, out));
      default -> {}
    }
  }

  private static void walkFields(ApiObject api, String path, List<String> out) {
    for (Class<?> c = api.getClass(); c != ApiObject.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        field.setAccessible(true);
        try {
          walk(field.get(api), path + "." + field.getName(), out);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
