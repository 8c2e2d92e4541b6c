package dev.stepwise.kube;

import dev.stepwise.domain.RolloutStatusView;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a {@code spec.workloadRef} asks of the API server besides the template: the Rollout's {@code
 * rollout.argoproj.io/workload-generation} annotation follows the workload's generation, and a
 * referenced Deployment is scaled down as {@code scaleDown} says (never, onsuccess, progressively).
 * It only ever scales the Deployment down, so repeating it is harmless.
 */
final class WorkloadSync {
  private static final Logger log = LoggerFactory.getLogger(WorkloadSync.class);

  private final KubernetesClient client;

  WorkloadSync(KubernetesClient client) {
    this.client = client;
  }

  /**
   * Brings the annotation up to date; true when it patched the Rollout (the caller then waits for
   * the update, as the decision was made on the old object).
   */
  boolean syncGeneration(GenericKubernetesResource rollout, Optional<GenericKubernetesResource> w) {
    if (w.isEmpty()) {
      return false;
    }
    String generation = WorkloadRefs.generation(w.get());
    Map<String, String> annotations = rollout.getMetadata().getAnnotations();
    if (annotations != null
        && generation.equals(annotations.get(WorkloadRefs.GENERATION_ANNOTATION))) {
      return false;
    }
    Rollouts.of(client)
        .inNamespace(rollout.getMetadata().getNamespace())
        .resource(
            PatchTarget.rollout(
                rollout.getMetadata().getNamespace(), rollout.getMetadata().getName()))
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            client
                .getKubernetesSerialization()
                .asJson(
                    Map.of(
                        "metadata",
                        Map.of(
                            "annotations",
                            Map.of(WorkloadRefs.GENERATION_ANNOTATION, generation)))));
    return true;
  }

  /**
   * The Deployment's target size for {@code scaleDown}, or empty to leave it alone: 0 once the
   * rollout is Healthy (onsuccess, progressively), else replicas − ready while it rolls out
   * (progressively).
   */
  static Optional<Integer> target(String scaleDown, RolloutStatusView status, int specReplicas) {
    if (status == null || scaleDown == null) {
      return Optional.empty();
    }
    boolean healthy = "Healthy".equals(status.phase());
    return switch (scaleDown.toLowerCase()) {
      case "onsuccess" -> healthy ? Optional.of(0) : Optional.empty();
      case "progressively" ->
          Optional.of(healthy ? 0 : Math.max(0, specReplicas - status.readyReplicas()));
      default -> Optional.empty();
    };
  }

  /** Scales a referenced Deployment down to the target (never up). */
  void scaleDown(
      GenericKubernetesResource rollout,
      Optional<GenericKubernetesResource> workload,
      RolloutStatusView status,
      int specReplicas) {
    if (workload.isEmpty() || !"Deployment".equals(workload.get().getKind())) {
      return;
    }
    Object scaleDown = WorkloadRefs.ref(rollout).map(r -> r.get("scaleDown")).orElse(null);
    Optional<Integer> target =
        target(scaleDown instanceof String s ? s : null, status, specReplicas);
    Object current =
        RawMaps.map(workload.get().getAdditionalProperties().get("spec")).get("replicas");
    int now = current instanceof Number n ? n.intValue() : 1;
    if (target.isEmpty() || target.get() >= now) {
      return;
    }
    log.info(
        "scaling Deployment {} down from {} to {} (workloadRef scaleDown {})",
        workload.get().getMetadata().getName(),
        now,
        target.get(),
        scaleDown);
    client
        .apps()
        .deployments()
        .inNamespace(rollout.getMetadata().getNamespace())
        .resource(
            PatchTarget.of(
                Deployment.class,
                rollout.getMetadata().getNamespace(),
                workload.get().getMetadata().getName()))
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"spec\":{\"replicas\":" + target.get() + "}}");
  }
}
