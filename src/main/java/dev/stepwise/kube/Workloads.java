package dev.stepwise.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caches the objects Rollouts point at with {@code spec.workloadRef} (apps/v1 Deployments and
 * ReplicaSets, v1 PodTemplates): an informer per kind, started the first time a Rollout refers to
 * that kind (as upstream), whose changes re-observe the referring Rollouts.
 */
final class Workloads implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Workloads.class);

  /** The kinds a workloadRef may name, by "apiVersion/kind". */
  static final Map<String, ResourceDefinitionContext> KINDS = kinds();

  private final KubernetesClient client;
  private final String namespace;
  private final long resyncMillis;
  private final Consumer<GenericKubernetesResource> changed;
  private final Map<String, SharedIndexInformer<GenericKubernetesResource>> informers =
      new ConcurrentHashMap<>();

  /**
   * @param changed called with a workload that was added, changed or deleted
   */
  Workloads(
      KubernetesClient client,
      String namespace,
      long resyncMillis,
      Consumer<GenericKubernetesResource> changed) {
    this.client = client;
    this.namespace = namespace;
    this.resyncMillis = resyncMillis;
    this.changed = changed;
  }

  private static Map<String, ResourceDefinitionContext> kinds() {
    Map<String, ResourceDefinitionContext> m = new LinkedHashMap<>();
    m.put("apps/v1/Deployment", context("apps", "v1", "Deployment", "deployments"));
    m.put("apps/v1/ReplicaSet", context("apps", "v1", "ReplicaSet", "replicasets"));
    m.put("v1/PodTemplate", context("", "v1", "PodTemplate", "podtemplates"));
    return Map.copyOf(m);
  }

  private static ResourceDefinitionContext context(
      String group, String version, String kind, String plural) {
    return new ResourceDefinitionContext.Builder()
        .withGroup(group)
        .withVersion(version)
        .withKind(kind)
        .withPlural(plural)
        .withNamespaced(true)
        .build();
  }

  /** The key of a kind in {@link #KINDS}; the group's version is ignored as upstream does. */
  static String kindKey(String apiVersion, String kind) {
    String group = apiVersion == null || !apiVersion.contains("/") ? "" : apiVersion.split("/")[0];
    return (group.isEmpty() ? "" : group + "/") + "v1/" + kind;
  }

  /** The cached workload, or empty when the kind is unsupported or the object is not (yet) seen. */
  Optional<GenericKubernetesResource> find(String apiVersion, String kind, String ns, String name) {
    String key = kindKey(apiVersion, kind);
    ResourceDefinitionContext ctx = KINDS.get(key);
    if (ctx == null || name == null) {
      return Optional.empty();
    }
    SharedIndexInformer<GenericKubernetesResource> informer =
        informers.computeIfAbsent(key, k -> start(ctx));
    return Optional.ofNullable(informer.getStore().getByKey(ns + "/" + name));
  }

  private SharedIndexInformer<GenericKubernetesResource> start(ResourceDefinitionContext ctx) {
    var ops = client.genericKubernetesResources(ctx);
    var scoped = namespace == null ? ops.inAnyNamespace() : ops.inNamespace(namespace);
    log.info("watching {} for workload references", ctx.getPlural());
    // inform() waits for the first list, so a Rollout resolved right after sees the object
    return TrimmedInformers.inform(
        scoped,
        CacheTrim::metadata,
        Map.of(),
        new ResourceEventHandler<>() {
          @Override
          public void onAdd(GenericKubernetesResource obj) {
            changed.accept(obj);
          }

          @Override
          public void onUpdate(GenericKubernetesResource old, GenericKubernetesResource obj) {
            changed.accept(obj);
          }

          @Override
          public void onDelete(GenericKubernetesResource obj, boolean unknown) {
            changed.accept(obj);
          }
        },
        resyncMillis);
  }

  @Override
  public void close() {
    informers.values().forEach(SharedIndexInformer::close);
  }
}
