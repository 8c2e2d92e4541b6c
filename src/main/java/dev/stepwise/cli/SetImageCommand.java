package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.net.HttpURLConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code stepwise set image NAME CONTAINER=IMAGE}: changes the image of the named container (or
 * all, with "*") in containers, initContainers and ephemeralContainers of the pod template; for a
 * rollout with a workloadRef, in the referenced Deployment instead (as upstream).
 */
@Command(name = "image", description = "Update the image of a rollout")
final class SetImageCommand extends CliCommand {
  private static final int MAX_ATTEMPTS = 5;

  @Parameters(index = "0", paramLabel = "ROLLOUT_NAME")
  String name;

  @Parameters(index = "1", paramLabel = "CONTAINER=IMAGE")
  String assignment;

  @Override
  void run() {
    String[] parts = assignment.split("=", -1);
    if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new CliException("expected CONTAINER=IMAGE, got \"" + assignment + "\"");
    }
    RolloutClient rollouts = rollouts();
    String updated = null;
    for (int attempt = 1; updated == null; attempt++) {
      var rollout = rollouts.get(name);
      try {
        updated = update(rollouts, rollout, parts[0], parts[1]);
      } catch (KubernetesClientException e) {
        // the containers changed between our read and write (failed "test"): read again
        if (!retryable(e.getCode()) || attempt >= MAX_ATTEMPTS) {
          throw e;
        }
      }
    }
    cli().out().printf("%s image updated%n", updated);
  }

  /**
   * Patches the Rollout, or, as upstream, the Deployment its workloadRef names (whatever kind the
   * reference gives); returns what was updated, as in {@code deployment "web"}.
   */
  private String update(RolloutClient rollouts, JsonNode rollout, String container, String image) {
    JsonNode ref = rollout.path("spec").path("workloadRef");
    if (!ref.isObject()) {
      rollouts.jsonPatch(name, ImageUpdate.patch(rollout, container, image));
      return "rollout \"" + name + "\"";
    }
    if (!ref.path("name").isTextual()) {
      throw new CliException("spec.workloadRef.name is not a string: " + ref.path("name"));
    }
    String deploymentName = ref.path("name").asText();
    var deployment =
        rollouts
            .kubernetes()
            .apps()
            .deployments()
            .inNamespace(rollouts.namespace())
            .withName(deploymentName);
    var current = deployment.get();
    if (current == null) {
      throw new CliException(
          "deployments.apps \""
              + deploymentName
              + "\" not found in namespace \""
              + rollouts.namespace()
              + "\"");
    }
    deployment.patch(
        PatchContext.of(PatchType.JSON), ImageUpdate.patch(Json.tree(current), container, image));
    return "deployment \"" + deploymentName + "\"";
  }

  private static boolean retryable(int code) {
    return code == HttpURLConnection.HTTP_CONFLICT || code == 422;
  }
}
