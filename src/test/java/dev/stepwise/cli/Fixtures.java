package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the JSON fixtures under src/test/resources/cli. */
final class Fixtures {
  private Fixtures() {}

  static JsonNode json(String name) {
    return Json.parse(text(name));
  }

  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/cli/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  /** A deep copy of the fixture's rollout, to change for one test. */
  static ObjectNode rollout(JsonNode fixture) {
    return fixture.get("rollout").deepCopy();
  }

  static RolloutInfo info(JsonNode fixture, JsonNode rollout) {
    return RolloutInfo.of(rollout, list(fixture.get("replicaSets")), list(fixture.get("pods")));
  }
}
