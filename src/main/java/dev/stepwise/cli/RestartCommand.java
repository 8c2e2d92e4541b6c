package dev.stepwise.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stepwise restart NAME [-i DURATION]}: upstream's merge patch {@code
 * {"spec":{"restartAt":"<UTC now+in, RFC 3339>"}}}; the controller then replaces every pod created
 * before that instant.
 */
@Command(name = "restart", description = "Restart the pods of a rollout")
final class RestartCommand extends CliCommand {
  @Parameters(paramLabel = "ROLLOUT_NAME")
  String name;

  @Option(
      names = {"-i", "--in"},
      paramLabel = "DURATION",
      description = "Amount of time before a restart. (e.g. 30s, 5m, 1h)")
  String in;

  @Override
  void run() {
    Duration delay = in == null || in.isEmpty() ? Duration.ZERO : GoDurations.parse(in);
    RolloutClient rollouts = rollouts();
    rollouts.get(name);
    rollouts.patchSpec(name, patch(cli().clock().instant().plus(delay)));
    cli()
        .out()
        .printf("rollout '%s' restarts in %s%n", name, in == null || in.isEmpty() ? "0s" : in);
  }

  /** Go's time.RFC3339 of a UTC instant: whole seconds and "Z". */
  static String patch(Instant restartAt) {
    return "{\"spec\":{\"restartAt\":\"" + restartAt.truncatedTo(ChronoUnit.SECONDS) + "\"}}";
  }
}
