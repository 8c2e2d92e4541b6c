package dev.stepwise.sandbox;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.informers.cache.Store;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the garbage collector with background propagation: an object all of whose owners (by
 * ownerReference uid) are gone is deleted, and its own dependents follow on the next sweep.
 */
final class GarbageCollector {
  private static final Logger LOG = LoggerFactory.getLogger(GarbageCollector.class);

  /** A kind the collector knows how to list and look up. */
  record Kind(String apiVersion, String kind, String plural) {
    ResourceDefinitionContext context() {
      String[] gv = ApiResource.splitGroupVersion(apiVersion);
      return new ResourceDefinitionContext.Builder()
          .withGroup(gv[0])
          .withVersion(gv[1])
          .withKind(kind)
          .withPlural(plural)
          .withNamespaced(true)
          .build();
    }
  }

  /** Kinds that can own others; deleting one of these triggers a sweep. */
  static final List<Kind> OWNERS =
      List.of(
          new Kind("argoproj.io/v1alpha1", "Rollout", "rollouts"),
          new Kind("argoproj.io/v1alpha1", "Experiment", "experiments"),
          new Kind("argoproj.io/v1alpha1", "AnalysisRun", "analysisruns"),
          new Kind("apps/v1", "Deployment", "deployments"),
          new Kind("apps/v1", "ReplicaSet", "replicasets"),
          new Kind("batch/v1", "Job", "jobs"));

  /** Kinds whose objects may carry ownerReferences in a rollout's world. */
  static final List<Kind> DEPENDENTS =
      List.of(
          new Kind("v1", "Pod", "pods"),
          new Kind("apps/v1", "ReplicaSet", "replicasets"),
          new Kind("v1", "Service", "services"),
          new Kind("v1", "ConfigMap", "configmaps"),
          new Kind("v1", "Secret", "secrets"),
          new Kind("batch/v1", "Job", "jobs"),
          new Kind("networking.k8s.io/v1", "Ingress", "ingresses"),
          new Kind("argoproj.io/v1alpha1", "AnalysisRun", "analysisruns"),
          new Kind("argoproj.io/v1alpha1", "Experiment", "experiments"));

  private final KubernetesClient client;

  /**
   * The simulator's informer caches by plural (filled once its informers exist): a sweep reads
   * those instead of listing every dependent and every owner from the API server, which at 10,000
   * rollouts serialized tens of MB per sweep. Kinds without a cache are listed.
   */
  private final Map<String, Store<? extends HasMetadata>> caches = new ConcurrentHashMap<>();

  GarbageCollector(KubernetesClient client) {
    this.client = client;
  }

  void cache(String plural, Store<? extends HasMetadata> store) {
    caches.put(plural, store);
  }

  boolean caches(String plural) {
    return caches.containsKey(plural);
  }

  /** One pass over every dependent kind in every namespace; returns how many were deleted. */
  int sweep() {
    Map<String, Optional<String>> ownerUids = new HashMap<>();
    int deleted = 0;
    for (Kind kind : DEPENDENTS) {
      for (HasMetadata item : items(kind)) {
        if (isOrphan(item, ownerUids)) {
          LOG.debug(
              "collecting {} {}/{}", kind.kind(), namespace(item), item.getMetadata().getName());
          client
              .genericKubernetesResources(kind.context())
              .inNamespace(namespace(item))
              .withName(item.getMetadata().getName())
              .delete();
          deleted++;
        }
      }
    }
    return deleted;
  }

  private List<? extends HasMetadata> items(Kind kind) {
    Store<? extends HasMetadata> cached = caches.get(kind.plural());
    return cached != null
        ? cached.list()
        : client.genericKubernetesResources(kind.context()).inAnyNamespace().list().getItems();
  }

  private boolean isOrphan(HasMetadata item, Map<String, Optional<String>> cache) {
    List<OwnerReference> refs = item.getMetadata().getOwnerReferences();
    if (refs == null || refs.isEmpty() || item.getMetadata().getDeletionTimestamp() != null) {
      return false;
    }
    return refs.stream()
        .noneMatch(
            ref -> {
              if (cachedOwnerMatches(namespace(item), ref)) {
                return true;
              }
              String key =
                  namespace(item)
                      + "|"
                      + ref.getApiVersion()
                      + "|"
                      + ref.getKind()
                      + "|"
                      + ref.getName();
              // a cache may lag (an owner just created, or recreated under the same name):
              // only the API server's answer lets an object be collected
              Optional<String> uid =
                  cache.computeIfAbsent(key, k -> ownerUid(namespace(item), ref));
              // an owner of a kind we cannot look up counts as present: never collect by guess
              return uid.map(u -> u.isEmpty() || Objects.equals(u, ref.getUid())).orElse(false);
            });
  }

  /** Whether an informer cache holds this owner with this uid (a fast "not an orphan"). */
  private boolean cachedOwnerMatches(String namespace, OwnerReference ref) {
    return OWNERS.stream()
        .filter(k -> k.apiVersion().equals(ref.getApiVersion()) && k.kind().equals(ref.getKind()))
        .map(k -> caches.get(k.plural()))
        .filter(Objects::nonNull)
        .map(store -> store.getByKey(namespace + "/" + ref.getName()))
        .anyMatch(
            owner -> owner != null && Objects.equals(owner.getMetadata().getUid(), ref.getUid()));
  }

  /** The live owner's uid; "" when its kind is unknown here; empty when it does not exist. */
  private Optional<String> ownerUid(String namespace, OwnerReference ref) {
    Optional<Kind> kind =
        OWNERS.stream()
            .filter(
                k -> k.apiVersion().equals(ref.getApiVersion()) && k.kind().equals(ref.getKind()))
            .findFirst();
    if (kind.isEmpty()) {
      return Optional.of("");
    }
    GenericKubernetesResource owner =
        client
            .genericKubernetesResources(kind.get().context())
            .inNamespace(namespace)
            .withName(ref.getName())
            .get();
    return owner == null ? Optional.empty() : Optional.of(owner.getMetadata().getUid());
  }

  private static String namespace(HasMetadata item) {
    return item.getMetadata().getNamespace();
  }
}
