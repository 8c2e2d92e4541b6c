package dev.stepwise.sandbox;

import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
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
 */
final class ReplicaSetController {
  private final KubernetesClient client;
  private final Kubelet kubelet;
  private final Clock clock;
  private final BiConsumer<String, Duration> recheck;

  /**
   * @param recheck asks for another reconcile of a {@code namespace/name} key after a delay
   *     (minReadySeconds running out)
   */
  ReplicaSetController(
      KubernetesClient client, Kubelet kubelet, Clock clock, BiConsumer<String, Duration> recheck) {
    this.client = client;
    this.kubelet = kubelet;
    this.clock = clock;
    this.recheck = recheck;
  }

  void reconcile(String namespace, String name) {
    ReplicaSet rs = client.apps().replicaSets().inNamespace(namespace).withName(name).get();
    if (rs == null || rs.getMetadata().getDeletionTimestamp() != null) {
      return;
    }
    List<Pod> pods = new ArrayList<>(ownedPods(rs));
    int desired = Optional.ofNullable(rs.getSpec().getReplicas()).orElse(1);
    while (pods.size() < desired) {
      pods.add(createPod(rs));
    }
    if (pods.size() > desired) {
      for (Pod p : PodStates.surplus(pods, pods.size() - desired)) {
        client.pods().inNamespace(namespace).withName(p.getMetadata().getName()).delete();
        pods.remove(p);
      }
    }
    pods.forEach(kubelet::track);
    writeStatus(rs, pods);
  }

  private List<Pod> ownedPods(ReplicaSet rs) {
    String uid = rs.getMetadata().getUid();
    // by the ReplicaSet's selector, as the real controller does: pods outside it are not its own
    // (and listing every pod of the namespace on each reconcile made a fleet cost O(N²))
    var pods = client.pods().inNamespace(rs.getMetadata().getNamespace());
    var selected =
        rs.getSpec().getSelector() == null
            ? pods
            : pods.withLabelSelector(rs.getSpec().getSelector());
    return selected.list().getItems().stream()
        .filter(p -> !PodStates.isTerminating(p))
        .filter(
            p -> PodStates.controllerOf(p).map(r -> Objects.equals(r.getUid(), uid)).orElse(false))
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
          .withName(rs.getMetadata().getName())
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
