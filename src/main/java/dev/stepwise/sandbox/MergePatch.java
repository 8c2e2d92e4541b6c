package dev.stepwise.sandbox;

import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.zjsonpatch.JsonDiff;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON merge patch (RFC 7386) as a real API server applies it. The fabric8 mock appends to arrays
 * where RFC 7386 replaces them and ignores a stale resourceVersion precondition in some paths, so
 * the sandbox merges itself and hands the mock the equivalent JSON Patch (RFC 6902), which it
 * applies correctly (including status-subresource semantics).
 */
final class MergePatch {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** Sends a request to the mock: method, path, content type, body. */
  interface Forward {
    MockResponse send(
        io.fabric8.mockwebserver.dsl.HttpMethod method, String path, String type, String body);
  }

  private MergePatch() {}

  static boolean applies(String contentType) {
    return contentType != null && contentType.contains("merge-patch+json");
  }

  /** Applies {@code patch} to the object at {@code target} (which may end in /status). */
  static MockResponse apply(RequestPath target, String patch, Forward forward) {
    String objectPath = target.path().replaceFirst("/status$", "");
    MockResponse current =
        forward.send(io.fabric8.mockwebserver.dsl.HttpMethod.GET, objectPath, null, null);
    if (current.code() != 200 || current.getBody() == null) {
      return current;
    }
    JsonNode before =
        JSON.readTree(new String(current.getBody().getBytes(), StandardCharsets.UTF_8));
    JsonNode changes = JSON.readTree(patch);
    if (!(changes instanceof ObjectNode changeObject)) {
      return SandboxDispatcher.status(400, "BadRequest", "a merge patch must be a JSON object");
    }
    JsonNode wantedRv = changeObject.path("metadata").path("resourceVersion");
    String currentRv = before.path("metadata").path("resourceVersion").asString("");
    if (wantedRv.isString() && !wantedRv.asString().equals(currentRv)) {
      return SandboxDispatcher.status(
          409,
          "Conflict",
          "Operation cannot be fulfilled: the object has been modified; please apply your"
              + " changes to the latest version and try again");
    }
    if (changeObject.path("metadata") instanceof ObjectNode meta) {
      meta.remove("resourceVersion");
    }
    JsonNode after = merge(before.deepCopy(), changeObject);
    JsonNode ops = JsonDiff.asJson(before, after);
    if (ops.isEmpty()) {
      return SandboxDispatcher.json(200, JSON.writeValueAsString(before));
    }
    MockResponse response =
        forward.send(
            io.fabric8.mockwebserver.dsl.HttpMethod.PATCH,
            target.forMock(),
            "application/json-patch+json",
            JSON.writeValueAsString(ops));
    if (response.code() == 202) {
      response.setResponseCode(200);
    }
    return response;
  }

  /** RFC 7386: objects merge key by key, null deletes, anything else replaces. */
  static JsonNode merge(JsonNode target, JsonNode patch) {
    if (!(patch instanceof ObjectNode patchObject)) {
      return patch;
    }
    ObjectNode result = target instanceof ObjectNode o ? o : JSON.createObjectNode();
    Iterator<Map.Entry<String, JsonNode>> fields = patchObject.properties().iterator();
    while (fields.hasNext()) {
      var field = fields.next();
      if (field.getValue().isNull()) {
        result.remove(field.getKey());
      } else {
        result.set(field.getKey(), merge(result.path(field.getKey()), field.getValue()));
      }
    }
    return result;
  }
}
