package dev.stepwise.sandbox;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceSubresourceScale;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.zjsonpatch.JsonPatch;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code /scale} subresource (autoscaling/v1 Scale) for Deployments, ReplicaSets, StatefulSets
 * and custom resources whose CRD declares it (Rollouts): the mock would otherwise treat {@code
 * .../scale} as the object itself and overwrite it with a Scale.
 */
final class ScaleSubresource {
  /** Forwards a request to the CRUD store: method, path, content type, body. */
  interface Store {
    MockResponse send(HttpMethod method, String path, String contentType, String body);
  }

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Map<String, List<String>> BUILTIN =
      Map.of("apps", List.of("deployments", "replicasets", "statefulsets"));

  private final Store store;
  private final Supplier<List<CustomResourceDefinition>> crds;

  ScaleSubresource(Store store, Supplier<List<CustomResourceDefinition>> crds) {
    this.store = store;
    this.crds = crds;
  }

  /** {@code /apis/g/v/namespaces/ns/plural/name/scale}. */
  static boolean isScalePath(RequestPath target) {
    List<String> s = target.segments();
    return s.size() == 8
        && s.get(0).equals("apis")
        && s.get(3).equals("namespaces")
        && s.get(7).equals("scale");
  }

  MockResponse handle(HttpMethod method, RequestPath target, String body) {
    List<String> s = target.segments();
    String objectPath = target.path().substring(0, target.path().length() - "/scale".length());
    Optional<Paths> paths = paths(s.get(1), s.get(5));
    if (paths.isEmpty()) {
      return SandboxDispatcher.status(
          404, "NotFound", "the server could not find " + target.path());
    }
    MockResponse current = store.send(HttpMethod.GET, objectPath, null, null);
    if (current.code() != 200) {
      return current;
    }
    JsonNode object = JSON.readTree(bodyOf(current));
    ObjectNode scale = toScale(object, paths.get());
    return switch (method) {
      case GET -> SandboxDispatcher.json(200, JSON.writeValueAsString(scale));
      case PUT, PATCH -> write(method, objectPath, scale, body, paths.get());
      default -> SandboxDispatcher.status(405, "MethodNotAllowed", method + " on scale");
    };
  }

  private MockResponse write(
      HttpMethod method, String objectPath, ObjectNode scale, String body, Paths paths) {
    JsonNode requested = JSON.readTree(body);
    JsonNode updated;
    if (method == HttpMethod.PUT) {
      updated = requested;
    } else if (requested.isArray()) {
      updated = JsonPatch.apply(requested, scale);
    } else {
      updated = merge(scale.deepCopy(), requested);
    }
    JsonNode replicas = updated.path("spec").path("replicas");
    if (!replicas.isNumber()) {
      return SandboxDispatcher.status(422, "Invalid", "spec.replicas must be a number");
    }
    ObjectNode patch = JSON.createObjectNode();
    ObjectNode cursor = patch;
    List<String> fields = paths.spec();
    for (int i = 0; i < fields.size() - 1; i++) {
      cursor = cursor.putObject(fields.get(i));
    }
    cursor.put(fields.get(fields.size() - 1), replicas.asInt());
    MockResponse result =
        store.send(
            HttpMethod.PATCH,
            objectPath,
            "application/merge-patch+json",
            JSON.writeValueAsString(patch));
    if (result.code() / 100 != 2) {
      return result;
    }
    ObjectNode after = toScale(JSON.readTree(bodyOf(result)), paths);
    return SandboxDispatcher.json(200, JSON.writeValueAsString(after));
  }

  private static JsonNode merge(ObjectNode target, JsonNode patch) {
    patch
        .properties()
        .forEach(
            e -> {
              if (e.getValue().isObject() && target.path(e.getKey()).isObject()) {
                merge((ObjectNode) target.get(e.getKey()), e.getValue());
              } else if (e.getValue().isNull()) {
                target.remove(e.getKey());
              } else {
                target.set(e.getKey(), e.getValue());
              }
            });
    return target;
  }

  private static ObjectNode toScale(JsonNode object, Paths paths) {
    ObjectNode scale = JSON.createObjectNode();
    scale.put("kind", "Scale");
    scale.put("apiVersion", "autoscaling/v1");
    ObjectNode meta = scale.putObject("metadata");
    for (String f : List.of("name", "namespace", "uid", "resourceVersion", "creationTimestamp")) {
      JsonNode v = object.path("metadata").path(f);
      if (!v.isMissingNode()) {
        meta.set(f, v);
      }
    }
    scale.putObject("spec").put("replicas", at(object, paths.spec()).asInt(0));
    ObjectNode status = scale.putObject("status");
    status.put("replicas", at(object, paths.status()).asInt(0));
    JsonNode selector = at(object, paths.selector());
    if (selector.isString()) {
      status.put("selector", selector.asString());
    } else if (selector.isObject()) {
      status.put("selector", LabelSelectors.toQuery(selector));
    }
    return scale;
  }

  private static JsonNode at(JsonNode node, List<String> path) {
    JsonNode cur = node;
    for (String f : path) {
      cur = cur.path(f);
    }
    return cur;
  }

  private Optional<Paths> paths(String group, String plural) {
    if (BUILTIN.getOrDefault(group, List.of()).contains(plural)) {
      return Optional.of(
          new Paths(
              List.of("spec", "replicas"),
              List.of("status", "replicas"),
              List.of("spec", "selector")));
    }
    return crds.get().stream()
        .filter(c -> c.getSpec().getGroup().equals(group))
        .filter(c -> c.getSpec().getNames().getPlural().equals(plural))
        .flatMap(c -> c.getSpec().getVersions().stream())
        .filter(v -> v.getSubresources() != null && v.getSubresources().getScale() != null)
        .map(v -> Paths.of(v.getSubresources().getScale()))
        .findFirst();
  }

  private static String bodyOf(MockResponse response) {
    return new String(response.getBody().getBytes(), StandardCharsets.UTF_8);
  }

  /** Where replicas and the selector live in the object, as field-name paths. */
  record Paths(List<String> spec, List<String> status, List<String> selector) {
    static Paths of(CustomResourceSubresourceScale s) {
      return new Paths(
          split(s.getSpecReplicasPath()),
          split(s.getStatusReplicasPath()),
          s.getLabelSelectorPath() == null ? List.of("-") : split(s.getLabelSelectorPath()));
    }

    private static List<String> split(String jsonPath) {
      String p = jsonPath.startsWith(".") ? jsonPath.substring(1) : jsonPath;
      return List.of(p.split("\\."));
    }
  }
}
