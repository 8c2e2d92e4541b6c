package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The merge patch for {@code set image}: the template's container lists with the image replaced in
 * every container named {@code container} ("*" for all), plus the resourceVersion it was computed
 * from so a concurrent change gives a conflict instead of being overwritten.
 */
final class ImageUpdate {
  private static final String[] LISTS = {"initContainers", "containers", "ephemeralContainers"};

  private ImageUpdate() {}

  static String patch(JsonNode rollout, String container, String image) {
    JsonNode podSpec = rollout.path("spec").path("template").path("spec");
    ObjectNode patchedPodSpec = Json.MAPPER.createObjectNode();
    boolean found = false;
    for (String list : LISTS) {
      if (!podSpec.path(list).isArray()) {
        continue;
      }
      ArrayNode copy = podSpec.path(list).deepCopy();
      boolean changed = false;
      for (JsonNode c : copy) {
        if ("*".equals(container) || container.equals(c.path("name").asText())) {
          ((ObjectNode) c).put("image", image);
          changed = true;
        }
      }
      if (changed) {
        patchedPodSpec.set(list, copy);
        found = true;
      }
    }
    if (!found) {
      throw new CliException("unable to find container named \"" + container + "\"");
    }
    ObjectNode patch = Json.MAPPER.createObjectNode();
    patch
        .putObject("metadata")
        .put("resourceVersion", Json.text(rollout, "metadata", "resourceVersion"));
    patch.putObject("spec").putObject("template").set("spec", patchedPodSpec);
    return patch.toString();
  }
}
