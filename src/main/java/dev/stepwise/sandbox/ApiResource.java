package dev.stepwise.sandbox;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of API discovery: a resource (or a subresource such as {@code rollouts/status}) of a
 * group version, as a real API server lists it under {@code /api/v1} or {@code /apis/g/v}.
 */
public record ApiResource(
    String group,
    String version,
    String name,
    String singularName,
    String kind,
    boolean namespaced,
    List<String> verbs,
    List<String> shortNames,
    String kindGroupVersion) {

  /** Verbs of an ordinary collection resource. */
  public static final List<String> ALL_VERBS =
      List.of("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");

  /** Verbs of the status subresource. */
  public static final List<String> STATUS_VERBS = List.of("get", "patch", "update");

  public ApiResource {
    verbs = List.copyOf(verbs);
    shortNames = List.copyOf(shortNames);
  }

  /** A top-level resource with every verb. */
  public static ApiResource of(
      String groupVersion, String plural, String kind, boolean namespaced, String... shortNames) {
    String[] gv = splitGroupVersion(groupVersion);
    return new ApiResource(
        gv[0],
        gv[1],
        plural,
        kind.toLowerCase(java.util.Locale.ROOT),
        kind,
        namespaced,
        ALL_VERBS,
        List.of(shortNames),
        "");
  }

  /**
   * A subresource of this resource, e.g. {@code status}; {@code kindGroupVersion} names the group
   * version of its kind when that differs (Scale is autoscaling/v1, Eviction is policy/v1).
   */
  public ApiResource sub(
      String subresource, String subKind, String kindGroupVersion, List<String> subVerbs) {
    return new ApiResource(
        group,
        version,
        name + "/" + subresource,
        "",
        subKind,
        namespaced,
        subVerbs,
        List.of(),
        kindGroupVersion);
  }

  /** The status subresource, whose kind is the resource's own kind. */
  public ApiResource status() {
    return sub("status", kind, "", STATUS_VERBS);
  }

  /** The scale subresource (kind autoscaling/v1 Scale). */
  public ApiResource scale() {
    return sub("scale", "Scale", "autoscaling/v1", STATUS_VERBS);
  }

  /** {@code group/version}, or only the version for the core group. */
  public String groupVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /** The fabric8 model of this entry, ready to serialize into an APIResourceList. */
  public APIResource toModel() {
    APIResourceBuilder b =
        new APIResourceBuilder()
            .withName(name)
            .withSingularName(singularName)
            .withNamespaced(namespaced)
            .withKind(kind)
            .withVerbs(new ArrayList<>(verbs));
    if (!shortNames.isEmpty()) {
      b.withShortNames(new ArrayList<>(shortNames));
    }
    if (!kindGroupVersion.isEmpty()) {
      String[] gv = splitGroupVersion(kindGroupVersion);
      b.withGroup(gv[0]).withVersion(gv[1]);
    }
    return b.build();
  }

  static String[] splitGroupVersion(String groupVersion) {
    int slash = groupVersion.indexOf('/');
    return slash < 0
        ? new String[] {"", groupVersion}
        : new String[] {groupVersion.substring(0, slash), groupVersion.substring(slash + 1)};
  }
}
