package dev.stepwise.deploy;

import java.util.List;

/**
 * One Kubernetes API request as RBAC sees it: verb, API group, resource (with "/subresource").
 *
 * @param group the API group, "" for the core group
 */
record ApiCall(String verb, String group, String resource) {
  @Override
  public String toString() {
    return verb + " " + (group.isEmpty() ? "core" : group) + "/" + resource;
  }

  /**
   * The RBAC view of a request, or null for non-resource paths (discovery, /version).
   *
   * @param path e.g. /apis/apps/v1/namespaces/default/replicasets/web-abc/scale
   * @param query the raw query ({@code watch=true} makes a GET a watch)
   */
  static ApiCall of(String method, String path, String query) {
    List<String> parts = List.of(path.replaceAll("^/+", "").split("/"));
    int i;
    String group;
    if (parts.size() >= 3 && parts.get(0).equals("api")) {
      group = "";
      i = 2;
    } else if (parts.size() >= 4 && parts.get(0).equals("apis")) {
      group = parts.get(1);
      i = 3;
    } else {
      return null;
    }
    if (i + 1 < parts.size() && parts.get(i).equals("namespaces")) {
      if (i + 2 >= parts.size()) {
        return null; // the namespace object itself; the controller never asks for one
      }
      i += 2;
    }
    List<String> rest = parts.subList(i, parts.size());
    if (rest.isEmpty()) {
      return null;
    }
    String resource = rest.get(0) + (rest.size() >= 3 ? "/" + rest.get(2) : "");
    boolean named = rest.size() >= 2;
    String verb =
        switch (method) {
          case "GET" ->
              query.contains("watch=true") || query.contains("watch=1")
                  ? "watch"
                  : named ? "get" : "list";
          case "POST" -> "create";
          case "PUT" -> "update";
          case "PATCH" -> "patch";
          case "DELETE" -> named ? "delete" : "deletecollection";
          default -> method.toLowerCase(java.util.Locale.ROOT);
        };
    return new ApiCall(verb, group, resource);
  }
}
