package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Jackson 2 helpers: the CLI reads Kubernetes objects as plain JSON trees, so the same model code
 * works on API objects (converted from fabric8's Jackson 3 models) and on test fixtures.
 */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /** Any fabric8 model object as a Jackson 2 tree. */
  static JsonNode tree(Object kubernetesObject) {
    return parse(Serialization.asJson(kubernetesObject));
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text at a path of field names, or "" when absent. */
  static String text(JsonNode node, String... path) {
    JsonNode n = at(node, path);
    return n.isMissingNode() || n.isNull() ? "" : n.asText();
  }

  static JsonNode at(JsonNode node, String... path) {
    JsonNode n = node;
    for (String p : path) {
      n = n.path(p);
    }
    return n;
  }
}
