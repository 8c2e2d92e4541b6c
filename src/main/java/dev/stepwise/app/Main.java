package dev.stepwise.app;

import dev.stepwise.cli.StepwiseCli;
import java.io.PrintWriter;

/** Entry point of {@code bin/stepwise}: the CLI plus the commands that run the controller. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    StepwiseCli cli =
        new StepwiseCli(out, err)
            .addSubcommand("controller", new ControllerCommand())
            .addSubcommand("sandbox", new SandboxCommand())
            .addSubcommand("demo", new DemoCommand())
            .addSubcommand("bench", new dev.stepwise.bench.BenchCommand());
    System.exit(cli.execute(args));
  }
}
