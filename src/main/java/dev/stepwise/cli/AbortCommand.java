package dev.stepwise.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code stepwise abort NAME}: {@code {"status":{"abort":true}}}, as the upstream plugin. */
@Command(name = "abort", description = "Abort a rollout")
final class AbortCommand extends CliCommand {
  static final String PATCH = "{\"status\":{\"abort\":true}}";

  @Parameters(paramLabel = "ROLLOUT_NAME", arity = "1..*")
  java.util.List<String> names;

  @Override
  void run() {
    RolloutClient rollouts = rollouts();
    for (String name : names) {
      rollouts.patchStatus(name, PATCH, PATCH);
      cli().out().printf("rollout '%s' aborted%n", name);
    }
  }
}
