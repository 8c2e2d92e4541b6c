package dev.stepwise.cli;

import picocli.CommandLine.Command;

/** {@code stepwise list}: groups the listings. */
@Command(name = "list", description = "List rollouts", subcommands = ListRolloutsCommand.class)
final class ListCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "missing resource type: stepwise list rollouts");
  }
}
