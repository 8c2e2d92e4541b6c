package dev.stepwise.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code stepwise retry rollout NAME} (upstream's form) or {@code stepwise retry NAME}: {@code
 * {"status":{"abort":false}}}.
 */
@Command(
    name = "retry",
    description = "Retry an aborted rollout",
    subcommands = RetryCommand.Rollout.class)
final class RetryCommand extends CliCommand {
  static final String PATCH = "{\"status\":{\"abort\":false}}";

  // 0..*: with 1..* picocli would reject "retry rollout NAME" for the missing parent argument
  @Parameters(paramLabel = "ROLLOUT_NAME", arity = "0..*")
  List<String> names;

  @Override
  void run() {
    if (names == null || names.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Missing required parameter: 'ROLLOUT_NAME'");
    }
    retry(this, names);
  }

  static void retry(CliCommand command, List<String> names) {
    RolloutClient rollouts = command.rollouts();
    for (String name : names) {
      rollouts.patchStatus(name, PATCH, PATCH);
      command.cli().out().printf("rollout '%s' retried%n", name);
    }
  }

  /** {@code retry rollout NAME}. */
  @Command(
      name = "rollout",
      aliases = {"ro", "rollouts"},
      description = "Retry an aborted rollout")
  static final class Rollout extends CliCommand {
    @Parameters(paramLabel = "ROLLOUT_NAME", arity = "1..*")
    List<String> names;

    @Override
    void run() {
      retry(this, names);
    }
  }
}
