package dev.stepwise.kube;

import dev.stepwise.domain.CommandSink;
import dev.stepwise.domain.ReplicaSetView;
import dev.stepwise.domain.RolloutCommand;
import dev.stepwise.domain.RolloutKey;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Informers for Rollouts and the ReplicaSets they own; turns every change into commands for the
 * rollout entities. It also serves its caches to the actuator, so writes never need a GET.
 */
public final class RolloutWatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RolloutWatcher.class);
  private static final String BY_OWNER = "byRolloutOwner";
  private static final String BY_REPLICA_SET = "byReplicaSetOwner";

  private final KubernetesClient client;
  private final CommandSink sink;
  private final RolloutDecoder decoder;
  private final String namespace;
  private final long resyncMillis;
  // volatile: start() may run on another thread than the readers (Controller fills the caches
  // while the actor system starts)
  private volatile SharedIndexInformer<ReplicaSet> replicaSets;
  private volatile SharedIndexInformer<GenericKubernetesResource> rollouts;
  private volatile SharedIndexInformer<Pod> pods;
  private volatile SharedIndexInformer<Service> services;
  private volatile Workloads workloads;

  /**
   * @param namespace the namespace to watch, or null for all namespaces
   * @param resyncMillis informer resync period (0 = none); each resync re-sends observations
   */
  public RolloutWatcher(
      KubernetesClient client,
      CommandSink sink,
      RolloutDecoder decoder,
      String namespace,
      long resyncMillis) {
    this.client = client;
    this.sink = sink;
    this.decoder = decoder;
    this.namespace = namespace;
    this.resyncMillis = resyncMillis;
  }

  /** Starts the ReplicaSet informer first, so the first Rollout observations carry its cache. */
  public void start() {
    var rsOps =
        namespace == null
            ? client.apps().replicaSets().inAnyNamespace()
            : client.apps().replicaSets().inNamespace(namespace);
    // only ReplicaSets that carry the hash label, as upstream (PR #4666): less to cache
    // each cache holds only what is read from it (CacheTrim; BENCHMARKS.md, "Informer caches")
    replicaSets =
        TrimmedInformers.inform(
            rsOps.withLabel(Rollouts.HASH_LABEL),
            CacheTrim::replicaSet,
            Map.of(BY_OWNER, RolloutWatcher::ownerIndex),
            new ReplicaSetHandler(),
            resyncMillis);
    var podOps =
        namespace == null ? client.pods().inAnyNamespace() : client.pods().inNamespace(namespace);
    // pods of rollout ReplicaSets (restart, ephemeral metadata); no commands come from them
    pods =
        TrimmedInformers.inform(
            podOps.withLabel(Rollouts.HASH_LABEL),
            CacheTrim::pod,
            Map.of(BY_REPLICA_SET, RolloutWatcher::replicaSetIndex),
            new ResourceEventHandler<>() {
              @Override
              public void onAdd(Pod pod) {}

              @Override
              public void onUpdate(Pod old, Pod pod) {}

              @Override
              public void onDelete(Pod pod, boolean unknown) {}
            },
            resyncMillis);
    var svcOps =
        namespace == null
            ? client.services().inAnyNamespace()
            : client.services().inNamespace(namespace);
    // blue-green active/preview Services: their existence and owner are validation facts, and a
    // change re-observes the rollouts that reference them
    services =
        TrimmedInformers.inform(
            svcOps, CacheTrim::metadata, Map.of(), new ServiceHandler(), resyncMillis);
    workloads = new Workloads(client, namespace, resyncMillis, this::workloadChanged);
    var roOps =
        namespace == null
            ? Rollouts.of(client).inAnyNamespace()
            : Rollouts.of(client).inNamespace(namespace);
    rollouts =
        TrimmedInformers.inform(
            roOps, CacheTrim::rollout, Map.of(), new RolloutHandler(), resyncMillis);
    log.info(
        "watching Rollouts and ReplicaSets in {}",
        namespace == null ? "all namespaces" : "namespace " + namespace);
  }

  /**
   * The cached Rollout, or null; a {@code spec.workloadRef} is resolved in memory (the template and
   * selector come from the referenced workload).
   */
  public GenericKubernetesResource rollout(RolloutKey key) {
    return rollouts == null
        ? null
        : WorkloadRefs.resolve(rollouts.getStore().getByKey(key.entityId()), workloads);
  }

  /** The workload a Rollout refers to, if it refers to one and it exists. */
  java.util.Optional<GenericKubernetesResource> workload(GenericKubernetesResource rollout) {
    return workloads == null
        ? java.util.Optional.empty()
        : WorkloadRefs.workload(rollout, workloads);
  }

  /** The cached Service, or null. */
  Service service(String namespace, String name) {
    return services == null ? null : services.getStore().getByKey(namespace + "/" + name);
  }

  /** A Service changed: every blue-green Rollout that references it is observed again. */
  private void serviceChanged(Service svc) {
    if (rollouts == null) {
      return;
    }
    String ns = svc.getMetadata().getNamespace();
    for (GenericKubernetesResource ro : rollouts.getStore().list()) {
      if (ns.equals(ro.getMetadata().getNamespace())
          && ServiceFacts.referenced(ro).contains(svc.getMetadata().getName())) {
        observeRollout(ro);
      }
    }
  }

  private final class ServiceHandler implements ResourceEventHandler<Service> {
    @Override
    public void onAdd(Service svc) {
      serviceChanged(svc);
    }

    @Override
    public void onUpdate(Service old, Service svc) {
      serviceChanged(svc);
    }

    @Override
    public void onDelete(Service svc, boolean unknown) {
      serviceChanged(svc);
    }
  }

  /** The cached pods a ReplicaSet controls. */
  List<Pod> pods(String namespace, String replicaSet) {
    return pods == null
        ? List.of()
        : pods.getIndexer().byIndex(BY_REPLICA_SET, namespace + "/" + replicaSet);
  }

  private static List<String> replicaSetIndex(Pod pod) {
    var refs = pod.getMetadata().getOwnerReferences();
    if (refs == null) {
      return List.of();
    }
    return refs.stream()
        .filter(r -> Boolean.TRUE.equals(r.getController()) && "ReplicaSet".equals(r.getKind()))
        .map(r -> pod.getMetadata().getNamespace() + "/" + r.getName())
        .toList();
  }

  /** A referenced workload changed: every Rollout that refers to it is observed again. */
  private void workloadChanged(GenericKubernetesResource workload) {
    if (rollouts == null) {
      return;
    }
    String ns = workload.getMetadata().getNamespace();
    String key = Workloads.kindKey(workload.getApiVersion(), workload.getKind());
    for (GenericKubernetesResource ro : rollouts.getStore().list()) {
      boolean refers =
          ns.equals(ro.getMetadata().getNamespace())
              && WorkloadRefs.ref(ro)
                  .filter(r -> workload.getMetadata().getName().equals(r.get("name")))
                  .filter(
                      r ->
                          key.equals(
                              Workloads.kindKey(
                                  String.valueOf(r.get("apiVersion")),
                                  String.valueOf(r.get("kind")))))
                  .isPresent();
      if (refers) {
        observeRollout(ro);
      }
    }
  }

  /**
   * Sends every cached Rollout again, each with its ReplicaSets first (as on add): used when this
   * node takes over forwarding informer events in a multi-node cluster.
   */
  public void resendAll() {
    if (rollouts == null || replicaSets == null || !replicaSets.hasSynced()) {
      return; // the informers' own initial adds will follow
    }
    for (GenericKubernetesResource ro : rollouts.getStore().list()) {
      sendReplicaSets(keyOf(ro));
      observeRollout(ro);
    }
  }

  /**
   * Sends the cached Rollout {@code key} again, its ReplicaSets first: for an entity that just
   * started on another node (a shard moved) and waits for its first observation.
   */
  public void resend(RolloutKey key) {
    if (rollouts == null || replicaSets == null || !replicaSets.hasSynced()) {
      return;
    }
    GenericKubernetesResource ro = rollouts.getStore().getByKey(key.entityId());
    if (ro != null) {
      sendReplicaSets(key);
      observeRollout(ro);
    }
  }

  /** The cached ReplicaSet, or null. */
  public ReplicaSet replicaSet(String namespace, String name) {
    return replicaSets == null ? null : replicaSets.getStore().getByKey(namespace + "/" + name);
  }

  /** The ReplicaSets the rollout controls (by owner name), oldest first. */
  public List<ReplicaSet> ownedReplicaSets(RolloutKey key) {
    if (replicaSets == null) {
      return List.of();
    }
    return replicaSets.getIndexer().byIndex(BY_OWNER, key.entityId()).stream()
        .sorted(Comparator.comparing(rs -> rs.getMetadata().getCreationTimestamp()))
        .toList();
  }

  private static List<String> ownerIndex(ReplicaSet rs) {
    return ReplicaSetViews.rolloutOwner(rs)
        .map(o -> List.of(rs.getMetadata().getNamespace() + "/" + o.getName()))
        .orElse(List.of());
  }

  private void sendReplicaSets(RolloutKey key) {
    if (!sink.accepting()) {
      return; // the initial adds of a restart, before the leadership: resendAll follows
    }
    List<ReplicaSetView> views = ownedReplicaSets(key).stream().map(ReplicaSetViews::view).toList();
    sink.tell(key, new RolloutCommand.ObserveReplicaSets(views));
  }

  private void observeRollout(GenericKubernetesResource ro) {
    if (!sink.accepting()) {
      return;
    }
    try {
      GenericKubernetesResource resolved = WorkloadRefs.resolve(ro, workloads);
      sink.tell(keyOf(ro), decoder.observe(ServiceFacts.attach(resolved, this::service)));
    } catch (RuntimeException e) {
      // a decoder bug must not stop the informer: report and carry on with other rollouts
      log.error("could not read Rollout {}: {}", keyOf(ro).entityId(), e.toString(), e);
    }
  }

  private static RolloutKey keyOf(GenericKubernetesResource ro) {
    return new RolloutKey(ro.getMetadata().getNamespace(), ro.getMetadata().getName());
  }

  private final class RolloutHandler implements ResourceEventHandler<GenericKubernetesResource> {
    @Override
    public void onAdd(GenericKubernetesResource ro) {
      // ReplicaSets first: the first observation of the Rollout lets the entity write, and a
      // desired state computed without the ReplicaSets (right after a restart) has no stable
      // ReplicaSet and scales the canary to 100% (CrashConsistencyIT)
      sendReplicaSets(keyOf(ro));
      observe(ro);
    }

    @Override
    public void onUpdate(GenericKubernetesResource old, GenericKubernetesResource ro) {
      observe(ro);
      if (Objects.equals(
          old.getMetadata().getResourceVersion(), ro.getMetadata().getResourceVersion())) {
        sendReplicaSets(keyOf(ro)); // a resync: refresh the entity's replica view as well
      }
    }

    @Override
    public void onDelete(GenericKubernetesResource ro, boolean finalStateUnknown) {
      sink.tell(keyOf(ro), new RolloutCommand.ObserveDeleted(ro.getMetadata().getUid()));
    }

    private void observe(GenericKubernetesResource ro) {
      observeRollout(ro);
    }
  }

  private final class ReplicaSetHandler implements ResourceEventHandler<ReplicaSet> {
    @Override
    public void onAdd(ReplicaSet rs) {
      changed(rs);
    }

    @Override
    public void onUpdate(ReplicaSet old, ReplicaSet rs) {
      changed(rs);
    }

    @Override
    public void onDelete(ReplicaSet rs, boolean finalStateUnknown) {
      changed(rs);
    }

    private void changed(ReplicaSet rs) {
      if (replicaSets == null || !replicaSets.hasSynced()) {
        // while the first list is handed out, the owner index can still be empty: an entity
        // would take that for "no ReplicaSets"; the Rollout informer sends complete views
        return;
      }
      ReplicaSetViews.rolloutOwner(rs)
          .ifPresent(
              o -> sendReplicaSets(new RolloutKey(rs.getMetadata().getNamespace(), o.getName())));
    }
  }

  @Override
  public void close() {
    if (rollouts != null) {
      rollouts.close();
    }
    if (replicaSets != null) {
      replicaSets.close();
    }
    if (pods != null) {
      pods.close();
    }
    if (services != null) {
      services.close();
    }
    if (workloads != null) {
      workloads.close();
    }
  }
}
