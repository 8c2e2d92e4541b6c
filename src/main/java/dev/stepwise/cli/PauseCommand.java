package dev.stepwise.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code stepwise pause NAME}: {@code {"spec":{"paused":true}}}, as the upstream plugin. */
@Command(name = "pause", description = "Pause a rollout")
final class PauseCommand extends CliCommand {
  static final String PATCH = "{\"spec\":{\"paused\":true}}";

  @Parameters(paramLabel = "ROLLOUT_NAME", arity = "1..*")
  java.util.List<String> names;

  @Override
  void run() {
    RolloutClient rollouts = rollouts();
    for (String name : names) {
      rollouts.patchSpec(name, PATCH);
      cli().out().printf("rollout '%s' paused%n", name);
    }
  }
}
