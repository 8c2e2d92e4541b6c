package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The patch for {@code set image}: for every container named {@code container} ("*" for all) in
 * initContainers, containers and ephemeralContainers, a JSON Patch (RFC 6902) "test" of its name
 * and a "replace" of its image. Upstream does a full read-modify-update; per-container operations
 * have the same effect, touch nothing else, and fail instead of overwriting when the list was
 * reordered in between (a merge patch would have to resend whole container lists).
 */
final class ImageUpdate {
  private static final String[] LISTS = {"initContainers", "containers", "ephemeralContainers"};

  private ImageUpdate() {}

  static String patch(JsonNode rollout, String container, String image) {
    JsonNode podSpec = rollout.path("spec").path("template").path("spec");
    ArrayNode ops = Json.MAPPER.createArrayNode();
    for (String list : LISTS) {
      JsonNode containers = podSpec.path(list);
      for (int i = 0; i < containers.size(); i++) {
        String name = containers.get(i).path("name").asText();
        if ("*".equals(container) || container.equals(name)) {
          String path = "/spec/template/spec/" + list + "/" + i;
          ops.addObject().put("op", "test").put("path", path + "/name").put("value", name);
          ops.addObject().put("op", "replace").put("path", path + "/image").put("value", image);
        }
      }
    }
    if (ops.isEmpty()) {
      throw new CliException("unable to find container named \"" + container + "\"");
    }
    return ops.toString();
  }
}
