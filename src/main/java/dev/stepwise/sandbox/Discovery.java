package dev.stepwise.sandbox;

import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.APIGroupBuilder;
import io.fabric8.kubernetes.api.model.APIGroupListBuilder;
import io.fabric8.kubernetes.api.model.APIResourceListBuilder;
import io.fabric8.kubernetes.api.model.APIVersionsBuilder;
import io.fabric8.kubernetes.api.model.GroupVersionForDiscovery;
import io.fabric8.kubernetes.api.model.ServerAddressByClientCIDRBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Legacy (unaggregated) API discovery documents, computed per request from the built-in resources
 * and the CustomResourceDefinitions currently stored, so a CRD applied at run time shows up in
 * discovery as it would on a real API server.
 */
final class Discovery {
  /** The version reported on {@code /version}; kubectl's dispatcher picks its client by it. */
  static final Map<String, String> VERSION =
      orderedMap(
          "major", "1",
          "minor", "32",
          "gitVersion", "v1.32.0",
          "gitCommit", "0000000000000000000000000000000000000000",
          "gitTreeState", "clean",
          "buildDate", "2025-01-01T00:00:00Z",
          "goVersion", "go1.23.4",
          "compiler", "gc",
          "platform", "linux/amd64");

  private final Map<String, List<ApiResource>> byGroupVersion = new LinkedHashMap<>();
  private final String serverAddress;

  private Discovery(List<ApiResource> resources, String serverAddress) {
    this.serverAddress = serverAddress;
    for (ApiResource r : resources) {
      byGroupVersion.computeIfAbsent(r.groupVersion(), k -> new ArrayList<>()).add(r);
    }
  }

  /** Discovery for the built-in resources plus the resources the given CRDs define. */
  static Discovery of(List<CustomResourceDefinition> crds, String serverAddress) {
    List<ApiResource> all = new ArrayList<>(BuiltinResources.all());
    crds.forEach(crd -> all.addAll(fromCrd(crd)));
    return new Discovery(all, serverAddress);
  }

  /** The resources (and subresources) one CRD serves, for every served version. */
  static List<ApiResource> fromCrd(CustomResourceDefinition crd) {
    var spec = crd.getSpec();
    var names = spec.getNames();
    boolean namespaced = !"Cluster".equals(spec.getScope());
    List<String> shortNames = names.getShortNames() == null ? List.of() : names.getShortNames();
    String singular =
        names.getSingular() == null
            ? names.getKind().toLowerCase(java.util.Locale.ROOT)
            : names.getSingular();
    List<ApiResource> out = new ArrayList<>();
    for (CustomResourceDefinitionVersion v : spec.getVersions()) {
      if (Boolean.FALSE.equals(v.getServed())) {
        continue;
      }
      ApiResource res =
          new ApiResource(
              spec.getGroup(),
              v.getName(),
              names.getPlural(),
              singular,
              names.getKind(),
              namespaced,
              ApiResource.ALL_VERBS,
              shortNames,
              "");
      out.add(res);
      var sub = v.getSubresources();
      if (sub != null && sub.getScale() != null) {
        out.add(res.scale());
      }
      if (sub != null && sub.getStatus() != null) {
        out.add(res.status());
      }
    }
    return out;
  }

  /** Resources by group version ({@code v1}, {@code apps/v1}, ...), in discovery order. */
  Map<String, List<ApiResource>> byGroupVersion() {
    return java.util.Collections.unmodifiableMap(byGroupVersion);
  }

  /** The JSON document for a discovery path (no query string), if it is one. */
  Optional<String> document(String path) {
    String p =
        path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    if (p.equals("/version")) {
      return json(VERSION);
    }
    if (p.equals("/api")) {
      return json(
          new APIVersionsBuilder()
              .withVersions("v1")
              .withServerAddressByClientCIDRs(
                  new ServerAddressByClientCIDRBuilder()
                      .withClientCIDR("0.0.0.0/0")
                      .withServerAddress(serverAddress)
                      .build())
              .build());
    }
    if (p.equals("/api/v1")) {
      return resourceList("v1");
    }
    if (p.equals("/apis")) {
      return json(new APIGroupListBuilder().withGroups(groups()).build());
    }
    if (p.startsWith("/apis/")) {
      String rest = p.substring("/apis/".length());
      if (!rest.contains("/")) {
        return groups().stream()
            .filter(g -> g.getName().equals(rest))
            .findFirst()
            .flatMap(this::json);
      }
      if (rest.indexOf('/') == rest.lastIndexOf('/')) {
        return resourceList(rest);
      }
    }
    return Optional.empty();
  }

  private Optional<String> resourceList(String groupVersion) {
    List<ApiResource> resources = byGroupVersion.get(groupVersion);
    if (resources == null) {
      return Optional.empty();
    }
    return json(
        new APIResourceListBuilder()
            .withGroupVersion(groupVersion)
            .withResources(resources.stream().map(ApiResource::toModel).toList())
            .build());
  }

  /** Named groups in first-seen order; each group's versions in first-seen order. */
  List<APIGroup> groups() {
    Map<String, List<String>> versions = new LinkedHashMap<>();
    byGroupVersion.values().stream()
        .map(list -> list.get(0))
        .filter(r -> !r.group().isEmpty())
        .forEach(r -> versions.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r.version()));
    List<APIGroup> groups = new ArrayList<>();
    versions.forEach(
        (group, vs) -> {
          List<GroupVersionForDiscovery> gvs =
              vs.stream().map(v -> new GroupVersionForDiscovery(group + "/" + v, v)).toList();
          groups.add(
              new APIGroupBuilder()
                  .withName(group)
                  .withVersions(gvs)
                  .withPreferredVersion(gvs.get(0))
                  .build());
        });
    return groups;
  }

  private static Map<String, String> orderedMap(String... keyValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  private Optional<String> json(Object document) {
    return Optional.of(Serialization.asJson(document));
  }
}
