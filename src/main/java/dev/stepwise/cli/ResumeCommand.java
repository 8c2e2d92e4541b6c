package dev.stepwise.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code stepwise resume NAME}: {@code {"spec":{"paused":false}}} only, as the upstream plugin's
 * resume; pause conditions set by steps are left for {@code promote} to clear.
 */
@Command(name = "resume", description = "Resume a rollout")
final class ResumeCommand extends CliCommand {
  static final String PATCH = "{\"spec\":{\"paused\":false}}";

  @Parameters(paramLabel = "ROLLOUT_NAME", arity = "1..*")
  java.util.List<String> names;

  @Override
  void run() {
    RolloutClient rollouts = rollouts();
    for (String name : names) {
      rollouts.patchSpec(name, PATCH);
      cli().out().printf("rollout '%s' resumed%n", name);
    }
  }
}
