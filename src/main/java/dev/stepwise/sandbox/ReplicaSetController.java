package dev.stepwise.sandbox;

import dev.stepwise.kube.PatchTarget;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.informers.cache.Indexer;
import io.fabric8.kubernetes.client.informers.cache.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;

/**
 * Plays the ReplicaSet controller for one ReplicaSet at a time: brings its pods to spec.replicas
 * and writes the status counts through the status subresource.
 *
 * <p>It reads the ReplicaSet and its pods from the simulator's informer caches, as the real
 * controller does, and writes through the API. Reading them from the API server cost two requests
 * per reconcile, and with every ReplicaSet reconciled on each resync that was most of the embedded
 * server's work while a restarted controller recovered (BENCHMARKS.md).
 */
final class ReplicaSetController {
  /** The pod cache's index of pods by the uid of their controlling ReplicaSet. */
  static final String BY_CONTROLLER = "controller-uid";

  private final KubernetesClient client;
  private final Store<ReplicaSet> replicaSets;
  private final Indexer<Pod> pods;
  private final PodExpectations expectations;
  private final Kubelet kubelet;
  private final Clock clock;
  private final BiConsumer<String, Duration> recheck;

  /**
   * @param pods the pod cache, indexed {@link #BY_CONTROLLER}
   * @param recheck asks for another reconcile of a {@code namespace/name} key after a delay
   *     (minReadySeconds running out)
   */
  ReplicaSetController(
      KubernetesClient client,
      Store<ReplicaSet> replicaSets,
      Indexer<Pod> pods,
      PodExpectations expectations,
      Kubelet kubelet,
      Clock clock,
      BiConsumer<String, Duration> recheck) {
    this.client = client;
    this.replicaSets = replicaSets;
    this.pods = pods;
    this.expectations = expectations;
    this.kubelet = kubelet;
    this.clock = clock;
    this.recheck = recheck;
  }

  /** The index key of a pod: the uid of the ReplicaSet that controls it, if one does. */
  static List<String> controllerUid(Pod pod) {
    return PodStates.controllerOf(pod)
        .filter(ref -> "ReplicaSet".equals(ref.getKind()) && ref.getUid() != null)
        .map(ref -> List.of(ref.getUid()))
        .orElse(List.of());
  }

  void reconcile(String namespace, String name) {
    ReplicaSet rs = replicaSets.getByKey(namespace + "/" + name);
    if (rs == null || rs.getMetadata().getDeletionTimestamp() != null) {
      return;
    }
    String uid = rs.getMetadata().getUid();
    List<Pod> pods = new ArrayList<>(expectations.adjust(uid, ownedPods(rs)));
    int desired = Optional.ofNullable(rs.getSpec().getReplicas()).orElse(1);
    while (pods.size() < desired) {
      Pod pod = createPod(rs);
      expectations.created(uid, pod);
      pods.add(pod);
    }
    if (pods.size() > desired) {
      for (Pod p : PodStates.surplus(pods, pods.size() - desired)) {
        client.pods().inNamespace(namespace).withName(p.getMetadata().getName()).delete();
        expectations.deleted(uid, p.getMetadata().getName());
        pods.remove(p);
      }
    }
    pods.forEach(kubelet::track);
    writeStatus(rs, pods);
  }

  private List<Pod> ownedPods(ReplicaSet rs) {
    // controlled by this ReplicaSet and inside its selector, as the real controller counts them
    return pods.byIndex(BY_CONTROLLER, rs.getMetadata().getUid()).stream()
        .filter(p -> !PodStates.isTerminating(p))
        .filter(
            p ->
                Objects.equals(rs.getMetadata().getNamespace(), p.getMetadata().getNamespace())
                    && LabelSelectors.matches(
                        rs.getSpec().getSelector(), p.getMetadata().getLabels()))
        .toList();
  }

  private Pod createPod(ReplicaSet rs) {
    var template = rs.getSpec().getTemplate();
    Map<String, String> labels =
        template.getMetadata() == null ? Map.of() : template.getMetadata().getLabels();
    Map<String, String> annotations =
        template.getMetadata() == null ? null : template.getMetadata().getAnnotations();
    for (int attempt = 0; ; attempt++) {
      Pod pod =
          new PodBuilder()
              .withNewMetadata()
              .withName(PodStates.podName(rs.getMetadata().getName(), ThreadLocalRandom.current()))
              .withNamespace(rs.getMetadata().getNamespace())
              .withLabels(labels)
              .withAnnotations(annotations)
              .withOwnerReferences(
                  new OwnerReferenceBuilder()
                      .withApiVersion("apps/v1")
                      .withKind("ReplicaSet")
                      .withName(rs.getMetadata().getName())
                      .withUid(rs.getMetadata().getUid())
                      .withController(true)
                      .withBlockOwnerDeletion(true)
                      .build())
              .endMetadata()
              .withSpec(
                  new PodSpecBuilder(template.getSpec()).withNodeName(Kubelet.NODE_NAME).build())
              .withNewStatus()
              .withPhase("Pending")
              .endStatus()
              .build();
      try {
        return client.pods().inNamespace(rs.getMetadata().getNamespace()).resource(pod).create();
      } catch (KubernetesClientException e) {
        if (e.getCode() != 409 || attempt >= 5) {
          throw e;
        }
      }
    }
  }

  private void writeStatus(ReplicaSet rs, List<Pod> pods) {
    Instant now = clock.instant();
    PodStates.Counts counts = PodStates.Counts.of(rs, pods, now);
    if (!counts.matches(rs)) {
      client
          .apps()
          .replicaSets()
          .inNamespace(rs.getMetadata().getNamespace())
          .resource(
              PatchTarget.of(
                  ReplicaSet.class, rs.getMetadata().getNamespace(), rs.getMetadata().getName()))
          .subresource("status")
          .patch(PatchContext.of(PatchType.JSON_MERGE), counts.statusPatch());
    }
    int minReady =
        rs.getSpec().getMinReadySeconds() == null ? 0 : rs.getSpec().getMinReadySeconds();
    pods.stream()
        .flatMap(p -> PodStates.untilAvailable(p, minReady, now).stream())
        .min(Duration::compareTo)
        .ifPresent(
            d ->
                recheck.accept(
                    rs.getMetadata().getNamespace() + "/" + rs.getMetadata().getName(),
                    d.plusMillis(50)));
  }
}
