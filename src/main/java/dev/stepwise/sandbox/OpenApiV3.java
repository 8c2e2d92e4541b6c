package dev.stepwise.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Just enough OpenAPI v3 for kubectl: per group version, the PATCH operation of every resource with
 * its group-version-kind, the {@code fieldValidation} query parameter (so kubectl leaves validation
 * to the server instead of downloading schemas) and the patch content types the server accepts (no
 * strategic merge patch for custom resources, so {@code kubectl apply} sends a JSON merge patch, as
 * against a real server). Schemas are not served.
 */
final class OpenApiV3 {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final String PREFIX = "/openapi/v3";

  private final Discovery discovery;

  OpenApiV3(Discovery discovery) {
    this.discovery = discovery;
  }

  /** The document for {@code /openapi/v3} or {@code /openapi/v3/<api|apis/g>/<v>}. */
  Optional<String> document(String path) {
    if (path.equals(PREFIX) || path.equals(PREFIX + "/")) {
      return Optional.of(root());
    }
    if (!path.startsWith(PREFIX + "/")) {
      return Optional.empty();
    }
    String gvPath = path.substring(PREFIX.length() + 1);
    String gv = gvPath.startsWith("apis/") ? gvPath.substring(5) : gvPath.replace("api/", "");
    List<ApiResource> resources = discovery.byGroupVersion().get(gv);
    return resources == null ? Optional.empty() : Optional.of(groupVersion(gvPath, resources));
  }

  private String root() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode paths = root.putObject("paths");
    discovery
        .byGroupVersion()
        .forEach(
            (gv, resources) -> {
              String gvPath = gv.contains("/") ? "apis/" + gv : "api/" + gv;
              String hash = sha256(groupVersion(gvPath, resources));
              paths
                  .putObject(gvPath)
                  .put("serverRelativeURL", PREFIX + "/" + gvPath + "?hash=" + hash);
            });
    return JSON.writeValueAsString(root);
  }

  private String groupVersion(String gvPath, List<ApiResource> resources) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("openapi", "3.0.0");
    doc.putObject("info").put("title", "Kubernetes").put("version", "v1.32.0");
    ObjectNode paths = doc.putObject("paths");
    for (ApiResource r : resources) {
      boolean subresource = r.name().contains("/");
      if (subresource && !r.verbs().contains("patch")) {
        continue;
      }
      String base = "/" + gvPath + (r.namespaced() ? "/namespaces/{namespace}/" : "/");
      String url =
          subresource ? base + r.name().replace("/", "/{name}/") : base + r.name() + "/{name}";
      ObjectNode patch = paths.putObject(url).putObject("patch");
      patch.put("x-kubernetes-action", "patch");
      ObjectNode gvk = patch.putObject("x-kubernetes-group-version-kind");
      gvk.put("group", r.group()).put("version", r.version()).put("kind", r.kind());
      ArrayNode params = patch.putArray("parameters");
      for (String q : List.of("dryRun", "fieldManager", "fieldValidation", "force")) {
        params
            .addObject()
            .put("name", q)
            .put("in", "query")
            .putObject("schema")
            .put("type", "string");
      }
      ObjectNode content =
          patch.putObject("requestBody").put("required", true).putObject("content");
      for (String type : patchTypes(r)) {
        content.putObject(type).putObject("schema").put("type", "object");
      }
      patch.putObject("responses").putObject("200").put("description", "OK");
    }
    doc.putObject("components").putObject("schemas");
    return JSON.writeValueAsString(doc);
  }

  private static List<String> patchTypes(ApiResource r) {
    boolean builtin = BuiltinResources.all().contains(r);
    return builtin
        ? List.of(
            "application/json-patch+json",
            "application/merge-patch+json",
            "application/strategic-merge-patch+json",
            "application/apply-patch+yaml")
        : List.of(
            "application/json-patch+json",
            "application/merge-patch+json",
            "application/apply-patch+yaml");
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().withUpperCase().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
