package dev.stepwise.cli;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code stepwise set image NAME CONTAINER=IMAGE}: changes the image of the named container (or
 * all, with "*") in containers, initContainers and ephemeralContainers of the pod template.
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
    for (int attempt = 1; ; attempt++) {
      var rollout = rollouts.get(name);
      if (rollout.path("spec").has("workloadRef")) {
        throw new CliException(
            "rollout \"" + name + "\" uses workloadRef; set the image on the referenced workload");
      }
      try {
        rollouts.jsonPatch(name, ImageUpdate.patch(rollout, parts[0], parts[1]));
        break;
      } catch (KubernetesClientException e) {
        // the containers changed between our read and write (failed "test"): read again
        if (!retryable(e.getCode()) || attempt >= MAX_ATTEMPTS) {
          throw e;
        }
      }
    }
    cli().out().printf("rollout \"%s\" image updated%n", name);
  }

  private static boolean retryable(int code) {
    return code == HttpURLConnection.HTTP_CONFLICT || code == 422;
  }
}
