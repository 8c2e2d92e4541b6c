package dev.stepwise.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the subcommands: reaches the root for output, client, namespace and clock. */
abstract class CliCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  StepwiseCli cli() {
    return (StepwiseCli) spec.root().userObject();
  }

  RolloutClient rollouts() {
    StepwiseCli cli = cli();
    return new RolloutClient(cli.client(), cli.namespace());
  }

  @Override
  public final Integer call() {
    run();
    cli().out().flush();
    return 0;
  }

  abstract void run();
}
