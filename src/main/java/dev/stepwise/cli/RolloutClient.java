package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.net.HttpURLConnection;
import java.util.List;

/**
 * Reads a Rollout and its ReplicaSets and Pods, and writes the JSON merge patches the upstream
 * plugin sends, so the controller cannot tell our CLI from {@code kubectl argo rollouts}.
 */
final class RolloutClient {
  static final ResourceDefinitionContext ROLLOUTS =
      new ResourceDefinitionContext.Builder()
          .withGroup("argoproj.io")
          .withVersion("v1alpha1")
          .withKind("Rollout")
          .withPlural("rollouts")
          .withNamespaced(true)
          .build();

  /**
   * No fieldManager parameter: the fabric8 mock answers 202 but drops such patches. The field
   * manager comes from our User-Agent instead (see {@link ClientFactory#USER_AGENT}).
   */
  private static final PatchContext MERGE = PatchContext.of(PatchType.JSON_MERGE);

  private final KubernetesClient client;
  private final String namespace;

  RolloutClient(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  String namespace() {
    return namespace;
  }

  /** The Rollout as a JSON tree; a clear error when it does not exist. */
  JsonNode get(String name) {
    GenericKubernetesResource ro = rollout(name).get();
    if (ro == null) {
      throw notFound(name);
    }
    return Json.tree(ro);
  }

  /** The Rollout, or null when it does not exist (watch mode tolerates deletion). */
  JsonNode find(String name) {
    GenericKubernetesResource ro = rollout(name).get();
    return ro == null ? null : Json.tree(ro);
  }

  List<JsonNode> replicaSets() {
    return client.apps().replicaSets().inNamespace(namespace).list().getItems().stream()
        .map(Json::tree)
        .toList();
  }

  List<JsonNode> pods() {
    return client.pods().inNamespace(namespace).list().getItems().stream().map(Json::tree).toList();
  }

  /** JSON-patches (RFC 6902) the main resource. */
  void jsonPatch(String name, String patch) {
    try {
      rollout(name).patch(PatchContext.of(PatchType.JSON), patch);
    } catch (KubernetesClientException e) {
      throw translate(name, e);
    }
  }

  /** Merge-patches the main resource (spec, metadata). */
  void patchSpec(String name, String patch) {
    try {
      rollout(name).patch(MERGE, patch);
    } catch (KubernetesClientException e) {
      throw translate(name, e);
    }
  }

  /**
   * Merge-patches the status subresource. Like the plugin, falls back to {@code unifiedPatch} on
   * the main resource when the API has no status subresource (NotFound), and returns false then.
   */
  boolean patchStatus(String name, String statusPatch, String unifiedPatch) {
    try {
      rollout(name).subresource("status").patch(MERGE, statusPatch);
      return true;
    } catch (KubernetesClientException e) {
      if (e.getCode() != HttpURLConnection.HTTP_NOT_FOUND) {
        throw translate(name, e);
      }
    }
    // NotFound is either "no such rollout" or "no status subresource": tell them apart
    get(name);
    if (unifiedPatch != null) {
      patchSpec(name, unifiedPatch);
    }
    return false;
  }

  Resource<GenericKubernetesResource> rollout(String name) {
    return client.genericKubernetesResources(ROLLOUTS).inNamespace(namespace).withName(name);
  }

  KubernetesClient kubernetes() {
    return client;
  }

  CliException notFound(String name) {
    return new CliException(
        "rollouts.argoproj.io \"" + name + "\" not found in namespace \"" + namespace + "\"");
  }

  RuntimeException translate(String name, KubernetesClientException e) {
    if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
      return notFound(name);
    }
    return e;
  }
}
