package dev.stepwise.cli;

import picocli.CommandLine.Command;

/** {@code stepwise set}: groups the setters. */
@Command(
    name = "set",
    description = "Update various values on resources",
    subcommands = SetImageCommand.class)
final class SetCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "missing what to set: stepwise set image NAME CONTAINER=IMAGE");
  }
}
