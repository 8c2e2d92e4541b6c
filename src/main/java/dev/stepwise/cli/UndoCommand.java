package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stepwise undo NAME [--to-revision N]}: puts the pod template of an earlier revision back
 * into the Rollout (or into the workload its {@code workloadRef} names) with upstream's JSON patch
 * replacing {@code /spec/template}.
 */
@Command(name = "undo", description = "Undo a rollout (rollback to the previous revision)")
final class UndoCommand extends CliCommand {
  private static final PatchContext JSON_PATCH = PatchContext.of(PatchType.JSON);

  @Parameters(paramLabel = "ROLLOUT_NAME")
  String name;

  @Option(
      names = "--to-revision",
      defaultValue = "0",
      description = "The revision to rollback to. Default to 0 (last revision).")
  long toRevision;

  @Override
  void run() {
    RolloutClient rollouts = rollouts();
    JsonNode rollout = rollouts.get(name);
    List<JsonNode> owned =
        Revisions.controlledBy(
            Json.text(rollout, "metadata", "uid"), replicaSets(rollouts, rollout));
    JsonNode rs = Revisions.find(name, owned, toRevision);
    JsonNode template = rs.path("spec").path("template");
    if (Revisions.matches(rollout.path("spec").path("template"), template)) {
      cli()
          .out()
          .printf("skipped rollback (current template already matches revision %d)%n", toRevision);
      return;
    }
    JsonNode restored = Revisions.withoutHash(template);
    try {
      JsonNode workloadRef = rollout.path("spec").path("workloadRef");
      if (workloadRef.isObject()) {
        patchWorkload(rollouts.kubernetes(), rollouts.namespace(), workloadRef, restored);
      } else {
        rollouts.jsonPatch(name, Revisions.patch("/spec/template", restored));
      }
    } catch (KubernetesClientException e) {
      throw new CliException("failed restoring revision " + toRevision + ": " + Errors.describe(e));
    }
    cli().out().printf("rollout '%s' undo%n", name);
  }

  /** ReplicaSets matching the rollout's selector labels (all of them without a selector). */
  private static List<JsonNode> replicaSets(RolloutClient rollouts, JsonNode rollout) {
    Map<String, String> labels =
        Json.MAPPER.convertValue(
            rollout.path("spec").path("selector").path("matchLabels"),
            new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {});
    var query = rollouts.kubernetes().apps().replicaSets().inNamespace(rollouts.namespace());
    var items =
        labels == null || labels.isEmpty()
            ? query.list().getItems()
            : query.withLabels(labels).list().getItems();
    return items.stream().map(Json::tree).toList();
  }

  /**
   * Upstream patches {@code /spec/template} of a Deployment or ReplicaSet. A PodTemplate keeps its
   * template at {@code /template}, so it is patched there (upstream sends {@code /spec/template} to
   * it too, which the API server rejects).
   */
  private static void patchWorkload(
      KubernetesClient kube, String namespace, JsonNode ref, JsonNode template) {
    String kind = Json.text(ref, "kind");
    String workload = Json.text(ref, "name");
    switch (kind) {
      case "Deployment" ->
          kube.apps()
              .deployments()
              .inNamespace(namespace)
              .withName(workload)
              .patch(JSON_PATCH, Revisions.patch("/spec/template", template));
      case "ReplicaSet" ->
          kube.apps()
              .replicaSets()
              .inNamespace(namespace)
              .withName(workload)
              .patch(JSON_PATCH, Revisions.patch("/spec/template", template));
      case "PodTemplate" ->
          kube.v1()
              .podTemplates()
              .inNamespace(namespace)
              .withName(workload)
              .patch(JSON_PATCH, Revisions.patch("/template", template));
      default -> throw new CliException("workload of type " + kind + " is not supported");
    }
  }
}
