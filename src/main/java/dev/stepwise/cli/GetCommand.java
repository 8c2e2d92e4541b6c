package dev.stepwise.cli;

import picocli.CommandLine.Command;

/** {@code stepwise get}: groups the read-only views. */
@Command(
    name = "get",
    description = "Get details about rollouts",
    subcommands = GetRolloutCommand.class)
final class GetCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "missing resource type: stepwise get rollout NAME");
  }
}
