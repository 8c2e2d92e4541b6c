package dev.stepwise.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Rejects fields the Rollout schema does not know, as upstream's strict decode into its Go types
 * does. The schema is the CRD generated from {@code dev.stepwise.api} (strict: only free-form
 * fields such as plugin configs keep unknown fields), read from the classpath.
 */
final class StrictSchema {
  static final String ROLLOUT_CRD = "META-INF/fabric8/rollouts.argoproj.io-v1.yml";

  private static final Set<Object> OBJECT_FIELDS = Set.of("apiVersion", "kind", "metadata");

  private final Map<?, ?> root;

  private StrictSchema(Map<?, ?> root) {
    this.root = root;
  }

  /** The Rollout schema, or a clear error when the CRD is not on the classpath. */
  static StrictSchema rollout() {
    try (InputStream in = StrictSchema.class.getClassLoader().getResourceAsStream(ROLLOUT_CRD)) {
      if (in == null) {
        throw new CliException("the Rollout schema " + ROLLOUT_CRD + " is missing from the build");
      }
      Object crd =
          new Load(LoadSettings.builder().build())
              .loadFromString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      Object schema =
          at(crd, "spec", "versions", 0, "schema", "openAPIV3Schema")
              .orElseThrow(() -> new CliException("no openAPIV3Schema in " + ROLLOUT_CRD));
      return new StrictSchema((Map<?, ?>) schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first unknown field, named as Go's encoding/json names it, or empty. */
  Optional<String> firstUnknownField(Map<?, ?> document) {
    for (Map.Entry<?, ?> e : document.entrySet()) {
      // the generated schema leaves out the fields every object has
      if (OBJECT_FIELDS.contains(e.getKey())) {
        continue;
      }
      Optional<String> found = unknown(Map.of(e.getKey(), e.getValue()), root);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> unknown(Object value, Map<?, ?> schema) {
    if (Boolean.TRUE.equals(schema.get("x-kubernetes-preserve-unknown-fields"))) {
      return Optional.empty();
    }
    if (value instanceof Map<?, ?> object) {
      return unknownInObject(object, schema);
    }
    if (value instanceof List<?> list && schema.get("items") instanceof Map<?, ?> items) {
      for (Object item : list) {
        Optional<String> found = unknown(item, items);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> unknownInObject(Map<?, ?> object, Map<?, ?> schema) {
    Map<?, ?> properties = schema.get("properties") instanceof Map<?, ?> p ? p : null;
    Object additional = schema.get("additionalProperties");
    if (properties == null && additional == null) {
      return Optional.empty(); // a free-form object (e.g. metadata)
    }
    for (Map.Entry<?, ?> e : object.entrySet()) {
      Object field = properties == null ? null : properties.get(e.getKey());
      Object sub = field != null ? field : additional;
      if (sub instanceof Map<?, ?> subSchema) {
        Optional<String> found = unknown(e.getValue(), subSchema);
        if (found.isPresent()) {
          return found;
        }
      } else if (!Boolean.TRUE.equals(sub)) {
        return Optional.of(String.valueOf(e.getKey()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Object> at(Object node, Object... path) {
    Object n = node;
    for (Object p : path) {
      if (p instanceof Integer i && n instanceof List<?> l && i < l.size()) {
        n = l.get(i);
      } else if (n instanceof Map<?, ?> m && m.get(p) != null) {
        n = m.get(p);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(n);
  }
}
