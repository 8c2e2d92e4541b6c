package dev.stepwise.kube;

import dev.stepwise.domain.Desired;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Makes the blue-green writes true: each Service's rollouts-pod-template-hash selector and
 * managed-by annotation (semantics §3.6), and the scale-down-deadline annotation of the ReplicaSets
 * (§3.7). JSON merge patches (RFC 7386), which any API server accepts for both kinds; only the
 * difference from the informer cache is written, so re-applying is harmless.
 */
final class ServiceWriter {
  static final String SCALE_DOWN_DEADLINE = "scale-down-deadline";

  private final KubernetesClient client;
  private final RolloutWatcher watcher;

  ServiceWriter(KubernetesClient client, RolloutWatcher watcher) {
    this.client = client;
    this.watcher = watcher;
  }

  void services(GenericKubernetesResource rollout, List<Desired.ServiceTarget> targets) {
    String ns = rollout.getMetadata().getNamespace();
    String self = rollout.getMetadata().getName();
    for (Desired.ServiceTarget t : targets) {
      Service svc = watcher.service(ns, t.name());
      if (svc == null) {
        continue; // InvalidSpec says it is missing; nothing to patch
      }
      Map<String, String> annotations = svc.getMetadata().getAnnotations();
      String owner = annotations == null ? null : annotations.get(ServiceFacts.MANAGED_BY);
      if (owner != null && !owner.isEmpty() && !owner.equals(self)) {
        continue; // another rollout's Service: InvalidSpec, never taken over
      }
      Map<String, String> selector = svc.getSpec() == null ? null : svc.getSpec().getSelector();
      String current = selector == null ? null : selector.get(Rollouts.HASH_LABEL);
      if (t.podTemplateHash().equals(current) && self.equals(owner)) {
        continue;
      }
      Map<String, Object> body =
          Map.of(
              "metadata",
              Map.of("annotations", Map.of(ServiceFacts.MANAGED_BY, self)),
              "spec",
              Map.of("selector", Map.of(Rollouts.HASH_LABEL, t.podTemplateHash())));
      client
          .services()
          .inNamespace(ns)
          .resource(PatchTarget.of(Service.class, ns, t.name()))
          .patch(
              PatchContext.of(PatchType.JSON_MERGE),
              client.getKubernetesSerialization().asJson(body));
    }
  }

  /** Sets or removes scale-down-deadline on each owned ReplicaSet as {@code deadlines} says. */
  void deadlines(List<ReplicaSet> owned, Map<String, Instant> deadlines) {
    for (ReplicaSet rs : owned) {
      Map<String, String> labels = rs.getMetadata().getLabels();
      String hash = labels == null ? null : labels.get(Rollouts.HASH_LABEL);
      Instant d = hash == null ? null : deadlines.get(hash);
      String want = d == null ? null : format(d);
      Map<String, String> annotations = rs.getMetadata().getAnnotations();
      String have = annotations == null ? null : annotations.get(SCALE_DOWN_DEADLINE);
      if (Objects.equals(want, have) || rs.getMetadata().getDeletionTimestamp() != null) {
        continue;
      }
      // a null value removes the annotation (RFC 7386); written by hand so no serializer drops it
      String value = want == null ? "null" : "\"" + want + "\"";
      String body =
          "{\"metadata\":{\"annotations\":{\"" + SCALE_DOWN_DEADLINE + "\":" + value + "}}}";
      client
          .apps()
          .replicaSets()
          .inNamespace(rs.getMetadata().getNamespace())
          .resource(
              PatchTarget.of(
                  ReplicaSet.class, rs.getMetadata().getNamespace(), rs.getMetadata().getName()))
          .patch(PatchContext.of(PatchType.JSON_MERGE), body);
    }
  }

  /** RFC 3339 in UTC with whole seconds, as upstream writes it. */
  static String format(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
  }
}
