package dev.stepwise.kube.spec;

import dev.stepwise.kube.spec.GoType.Field;
import dev.stepwise.kube.spec.GoType.Omit;
import dev.stepwise.kube.spec.GoType.StructDef;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Encodes raw Kubernetes JSON trees exactly as Go's {@code encoding/json} encodes the typed structs
 * (k8s.io/api v0.34): struct field order, omitempty, sorted map keys, canonical quantities and
 * HTML-safe string escaping. Upstream hashes these bytes, so matching them keeps ReplicaSet names.
 *
 * <p>Fields the schema does not know are written after the known ones in sorted order (Go would
 * drop fields its structs lack; the API server prunes most of them before we see them). A value of
 * the wrong JSON type is written as it is and reported to the problem sink.
 */
public final class GoJson {
  private final StringBuilder out = new StringBuilder();
  private final BiConsumer<String, String> problems;

  private GoJson(BiConsumer<String, String> problems) {
    this.problems = problems;
  }

  /** Go JSON of a {@code corev1.PodTemplateSpec}; problems are reported as (path, reason). */
  public static String podTemplate(
      Map<String, Object> template, String path, BiConsumer<String, String> problems) {
    GoJson json = new GoJson(problems);
    json.value(template, GoType.struct("PodTemplateSpec"), path);
    return json.out.toString();
  }

  /** Go JSON of a {@code corev1.PodTemplateSpec}, ignoring problems. */
  public static String podTemplate(Map<String, Object> template) {
    return podTemplate(template, "template", (p, r) -> {});
  }

  /** Go JSON of Argo's {@code []CanaryStep} ("null" for an absent list). */
  public static String canarySteps(Object steps) {
    GoJson json = new GoJson((p, r) -> {});
    json.value(steps, GoType.list(GoType.struct("CanaryStep")), "steps");
    return json.out.toString();
  }

  /** Go's {@code encoding/json} string literal, with HTML-safe escapes. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    GoText.appendQuoted(sb, s);
    return sb.toString();
  }

  private void value(Object v, GoType type, String path) {
    if (v == null) {
      out.append("null");
      return;
    }
    switch (type) {
      case GoType.Str s -> scalar(v, v instanceof String, type, path);
      case GoType.Int i -> scalar(v, GoText.integral(v).isPresent(), type, path);
      case GoType.Bool b -> scalar(v, v instanceof Boolean, type, path);
      case GoType.IntOrString ios ->
          scalar(v, v instanceof String || GoText.integral(v).isPresent(), type, path);
      case GoType.Qty q -> quantity(v, path);
      case GoType.Raw r -> generic(v);
      case GoType.ListOf l -> list(v, l.element(), path);
      case GoType.MapOf m -> map(v, m.element(), path);
      case GoType.Struct s -> struct(v, PodTemplateSchema.STRUCTS.get(s.name()), path);
    }
  }

  private void scalar(Object v, boolean fits, GoType type, String path) {
    if (!fits) {
      problems.accept(path, "expected " + describe(type) + ", got " + GoJson.quote(v.toString()));
    }
    generic(v);
  }

  private void quantity(Object v, String path) {
    Optional<String> canonical =
        switch (v) {
          case String s -> Quantity.canonical(s);
          case Number n -> Quantity.canonical(n);
          default -> Optional.empty();
        };
    if (canonical.isEmpty()) {
      problems.accept(
          path,
          "quantities must match the regular expression '"
              + "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$', got "
              + quote(v.toString()));
      GoText.appendQuoted(out, v.toString());
    } else {
      GoText.appendQuoted(out, canonical.get());
    }
  }

  private void list(Object v, GoType element, String path) {
    if (!(v instanceof List<?> items)) {
      problems.accept(path, "expected a list");
      generic(v);
      return;
    }
    out.append('[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      value(items.get(i), element, path + "[" + i + "]");
    }
    out.append(']');
  }

  private void map(Object v, GoType element, String path) {
    if (!(v instanceof Map<?, ?> entries)) {
      problems.accept(path, "expected an object");
      generic(v);
      return;
    }
    out.append('{');
    boolean first = true;
    for (String key : GoText.sortedKeys(entries)) {
      first = comma(first);
      GoText.appendQuoted(out, key);
      out.append(':');
      value(entries.get(key), element, path + "." + key);
    }
    out.append('}');
  }

  private void struct(Object v, StructDef def, String path) {
    if (!(v instanceof Map<?, ?> raw)) {
      problems.accept(path, "expected an object");
      generic(v);
      return;
    }
    out.append('{');
    boolean first = true;
    Set<String> known = new HashSet<>();
    for (Field field : def.fields()) {
      known.add(field.json());
      Object fv = raw.get(field.json());
      if (omitted(field, fv)) {
        continue;
      }
      first = comma(first);
      GoText.appendQuoted(out, field.json());
      out.append(':');
      if (fv == null && field.omit() != Omit.NULL) {
        zero(field.type(), path + "." + field.json());
      } else {
        value(fv, field.type(), path + "." + field.json());
      }
    }
    for (String key : GoText.sortedKeys(raw)) {
      if (!known.contains(key)) {
        first = comma(first);
        GoText.appendQuoted(out, key);
        out.append(':');
        generic(raw.get(key));
      }
    }
    out.append('}');
  }

  private static boolean omitted(Field field, Object v) {
    // omitempty never omits a struct value (Quantity and IntOrString are structs in Go)
    boolean valueStruct =
        field.type() instanceof GoType.Struct
            || field.type() instanceof GoType.Qty
            || field.type() instanceof GoType.IntOrString;
    return switch (field.omit()) {
      case ALWAYS -> true;
      case NEVER, NULL -> false;
      case NIL -> v == null;
      case EMPTY -> !valueStruct && isEmpty(v);
    };
  }

  private static boolean isEmpty(Object v) {
    return switch (v) {
      case null -> true;
      case String s -> s.isEmpty();
      case Boolean b -> !b;
      case Number n -> new BigDecimal(n.toString()).signum() == 0;
      case List<?> l -> l.isEmpty();
      case Map<?, ?> m -> m.isEmpty();
      default -> false;
    };
  }

  /** Go's zero value for a field written without omitempty and absent from the raw tree. */
  private void zero(GoType type, String path) {
    switch (type) {
      case GoType.Str s -> out.append("\"\"");
      case GoType.Int i -> out.append('0');
      case GoType.IntOrString ios -> out.append('0');
      case GoType.Bool b -> out.append("false");
      case GoType.Qty q -> out.append("\"0\"");
      case GoType.Struct s -> struct(Map.of(), PodTemplateSchema.STRUCTS.get(s.name()), path);
      case GoType.ListOf l -> out.append("null");
      case GoType.MapOf m -> out.append("null");
      case GoType.Raw r -> out.append("null");
    }
  }

  private void generic(Object v) {
    switch (v) {
      case null -> out.append("null");
      case String s -> GoText.appendQuoted(out, s);
      case Boolean b -> out.append(b);
      case Number n -> out.append(GoText.number(n));
      case List<?> l -> {
        out.append('[');
        for (int i = 0; i < l.size(); i++) {
          out.append(i > 0 ? "," : "");
          generic(l.get(i));
        }
        out.append(']');
      }
      case Map<?, ?> m -> {
        out.append('{');
        boolean first = true;
        for (String key : GoText.sortedKeys(m)) {
          first = comma(first);
          GoText.appendQuoted(out, key);
          out.append(':');
          generic(m.get(key));
        }
        out.append('}');
      }
      default -> GoText.appendQuoted(out, v.toString());
    }
  }

  private boolean comma(boolean first) {
    if (!first) {
      out.append(',');
    }
    return false;
  }

  private static String describe(GoType type) {
    return switch (type) {
      case GoType.Int i -> "an integer";
      case GoType.Bool b -> "a boolean";
      case GoType.IntOrString ios -> "an integer or a string";
      default -> "a string";
    };
  }
}
