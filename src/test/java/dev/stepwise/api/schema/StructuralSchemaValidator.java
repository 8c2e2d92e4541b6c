package dev.stepwise.api.schema;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON value against a Kubernetes structural schema, for the subset of OpenAPI v3 the Argo
 * Rollouts CRDs use: type, properties, required, items, enum, pattern, additionalProperties,
 * formats int32/int64/date-time, x-kubernetes-int-or-string and
 * x-kubernetes-preserve-unknown-fields.
 *
 * <p>As the API server does, a field with a null value counts as absent (it is pruned) and the root
 * {@code metadata} is left to ObjectMeta validation. Unlike the API server, an unknown field is an
 * error rather than silently pruned: a writer that relies on pruning loses data. CEL rules ({@code
 * x-kubernetes-validations}) and defaults are not evaluated.
 */
public final class StructuralSchemaValidator {
  private static final long INT32_MIN = Integer.MIN_VALUE;
  private static final long INT32_MAX = Integer.MAX_VALUE;

  private final List<String> errors = new ArrayList<>();

  private StructuralSchemaValidator() {}

  /** Every violation of {@code schema} by {@code value}, each prefixed by its JSON path. */
  public static List<String> validate(JsonNode schema, JsonNode value) {
    StructuralSchemaValidator validator = new StructuralSchemaValidator();
    validator.check(schema, value, "");
    return validator.errors;
  }

  private void check(JsonNode schema, JsonNode value, String path) {
    if (value == null || value.isNull()) {
      return;
    }
    if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
      expect(value.isIntegralNumber() || value.isString(), path, "must be an integer or a string");
      return;
    }
    checkEnum(schema, value, path);
    switch (schema.path("type").asString("")) {
      case "object" -> checkObject(schema, value, path);
      case "array" -> checkArray(schema, value, path);
      case "string" -> checkString(schema, value, path);
      case "integer" -> checkInteger(schema, value, path);
      case "number" -> expect(value.isNumber(), path, "must be a number");
      case "boolean" -> expect(value.isBoolean(), path, "must be a boolean");
      case "" ->
          expect(preservesUnknown(schema), path, "schema has no type and does not preserve fields");
      default -> errors.add(path + ": unsupported schema type " + schema.path("type"));
    }
  }

  private void checkEnum(JsonNode schema, JsonNode value, String path) {
    if (schema.has("enum")) {
      boolean listed = false;
      for (JsonNode allowed : schema.get("enum")) {
        listed |= allowed.equals(value);
      }
      expect(listed, path, "must be one of " + schema.get("enum") + " but is " + value);
    }
  }

  private void checkObject(JsonNode schema, JsonNode value, String path) {
    if (!expect(value.isObject(), path, "must be an object")) {
      return;
    }
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.get("additionalProperties");
    Set<String> present = new HashSet<>();
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      String name = field.getKey();
      String child = path + "." + name;
      if (field.getValue().isNull()) {
        continue; // pruned by the API server, whatever the schema says
      }
      present.add(name);
      if (path.isEmpty() && name.equals("metadata")) {
        expect(field.getValue().isObject(), child, "must be an object");
      } else if (path.isEmpty() && (name.equals("apiVersion") || name.equals("kind"))) {
        expect(field.getValue().isString(), child, "must be a string");
      } else if (properties.has(name)) {
        check(properties.get(name), field.getValue(), child);
      } else if (additional != null && additional.isObject()) {
        check(additional, field.getValue(), child);
      } else if (!preservesUnknown(schema) && !(additional != null && additional.asBoolean())) {
        errors.add(child + ": unknown field");
      }
    }
    for (JsonNode required : schema.path("required")) {
      expect(present.contains(required.asString()), path + "." + required.asString(), "required");
    }
  }

  private void checkArray(JsonNode schema, JsonNode value, String path) {
    if (!expect(value.isArray(), path, "must be an array")) {
      return;
    }
    int index = 0;
    for (JsonNode item : value) {
      if (schema.has("items")) {
        check(schema.get("items"), item, path + "[" + index + "]");
      }
      index++;
    }
  }

  private void checkString(JsonNode schema, JsonNode value, String path) {
    if (!expect(value.isString(), path, "must be a string but is " + value)) {
      return;
    }
    String text = value.asString();
    if (schema.path("format").asString("").equals("date-time")) {
      try {
        OffsetDateTime.parse(text);
      } catch (DateTimeParseException e) {
        errors.add(path + ": not an RFC 3339 date-time: " + text);
      }
    }
    if (schema.has("pattern")) {
      String pattern = schema.get("pattern").asString();
      expect(Pattern.compile(pattern).matcher(text).find(), path, "must match " + pattern);
    }
  }

  private void checkInteger(JsonNode schema, JsonNode value, String path) {
    if (!expect(value.isIntegralNumber(), path, "must be an integer but is " + value)) {
      return;
    }
    String format = schema.path("format").asString("");
    if (format.equals("int32")) {
      boolean fits = value.canConvertToLong();
      fits = fits && value.asLong() >= INT32_MIN && value.asLong() <= INT32_MAX;
      expect(fits, path, "must fit in int32");
    } else if (format.equals("int64")) {
      expect(value.canConvertToLong(), path, "must fit in int64");
    }
  }

  private static boolean preservesUnknown(JsonNode schema) {
    return schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
  }

  private boolean expect(boolean condition, String path, String message) {
    if (!condition) {
      errors.add((path.isEmpty() ? "<root>" : path) + ": " + message);
    }
    return condition;
  }
}
