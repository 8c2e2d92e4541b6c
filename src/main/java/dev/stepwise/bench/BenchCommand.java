package dev.stepwise.bench;

import dev.stepwise.cli.StepwiseCli;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stepwise bench}: the scale benchmark (BENCHMARKS.md). Prints one table; exits 1 when a
 * rollout did not end Healthy on the right ReplicaSets, so a fast wrong run fails.
 */
@Command(
    name = "bench",
    description =
        "Runs the scale benchmark (memory at rest, update storm, reaction latency, recovery,"
            + " journal growth) against the embedded API server and prints one table.")
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-N", "--rollouts"},
      defaultValue = "1000",
      description = "Number of Rollouts (default: ${DEFAULT-VALUE})")
  int rollouts;

  @Option(
      names = "--controller-heap",
      defaultValue = "1g",
      description = "-Xmx of the controller JVM (default: ${DEFAULT-VALUE})")
  String heap;

  @Option(
      names = "--dir",
      defaultValue = "target/bench",
      description = "Work directory: journal, controller logs, heap histogram (wiped first)")
  Path dir;

  @Option(
      names = "--recovery-pause-seconds",
      defaultValue = "60",
      description =
          "Pause of the update that the controller is killed in (default: ${DEFAULT-VALUE})")
  int recoveryPause;

  @Option(
      names = "--snapshot-every",
      defaultValue = "100",
      description = "stepwise.journal.snapshot-every of the controller (default: ${DEFAULT-VALUE})")
  int snapshotEvery;

  @Option(
      names = "--api",
      defaultValue = "fake",
      description =
          "fake: an in-process fake at the kube boundary (minutes at N=1,000); sandbox: the"
              + " embedded API server, controller in a child JVM (default: ${DEFAULT-VALUE})")
  String api;

  @Option(names = "--no-recovery", description = "Skip the kill-and-restart scenario")
  boolean noRecovery;

  @Option(
      names = "--paced-rate",
      defaultValue = "1000",
      description =
          "Fake only: after the storm, every Rollout changes again at this many changes per second"
              + " (the reaction latency at a rate the controller keeps up with; 0 skips it)"
              + " (default: ${DEFAULT-VALUE})")
  int pacedRate;

  @Option(
      names = "--no-storm",
      description =
          "Skip the update storm (scenarios 2, 3 and 5; sandbox only): memory at rest and recovery")
  boolean noStorm;

  @Option(
      names = "--journal",
      defaultValue = "h2",
      description =
          "h2: the H2 file journal as shipped; postgres: a PostgreSQL server started for the run"
              + " (initdb and pg_ctl of the distribution's package, as the HA tests use)"
              + " (default: ${DEFAULT-VALUE})")
  String journal;

  @Option(
      names = "--timeout-minutes",
      defaultValue = "20",
      description = "Longest wait for any one phase (default: ${DEFAULT-VALUE})")
  int timeoutMinutes;

  @Option(
      names = "--aot-cache-output",
      description =
          "Sandbox only, JDK 25+: the restarted controller trains an AOT cache (classes and method"
              + " profiles) and it is written here; bin/stepwise uses target/stepwise.aot")
  Path aotCacheOutput;

  @Override
  public Integer call() throws Exception {
    StepwiseCli cli = (StepwiseCli) spec.root().userObject();
    if (aotCacheOutput != null && (!api.equals("sandbox") || noRecovery)) {
      cli.err().println("bench: --aot-cache-output needs --api sandbox and the recovery scenario");
      return 2;
    }
    Path work = dir.toAbsolutePath();
    wipe(work);
    var options =
        new BenchRun.Options(
            rollouts,
            heap,
            work,
            Duration.ofSeconds(recoveryPause),
            snapshotEvery,
            !noRecovery,
            Duration.ofMinutes(timeoutMinutes),
            !noStorm,
            pacedRate,
            journal,
            aotCacheOutput == null ? null : aotCacheOutput.toAbsolutePath());
    Report report;
    try {
      report =
          switch (api) {
            case "sandbox" -> new BenchRun(options, cli.err()).run();
            case "fake" -> new FakeRun(options, cli.err()).run();
            default -> throw new IllegalStateException("--api must be sandbox or fake: " + api);
          };
    } catch (IllegalStateException e) {
      cli.err().println("bench: " + e.getMessage());
      return 1;
    }
    report.print(cli.out());
    return report.failed() ? 1 : 0;
  }

  /** Empties the work directory of an earlier run; refuses any other non-empty directory. */
  private static void wipe(Path dir) throws java.io.IOException {
    Path marker = dir.resolve(".stepwise-bench");
    if (java.nio.file.Files.isDirectory(dir) && !java.nio.file.Files.exists(marker)) {
      try (var entries = java.nio.file.Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new picocli.CommandLine.ParameterException(
              new picocli.CommandLine(new BenchCommand()),
              dir + " is not empty and not a bench directory; choose another --dir");
        }
      }
    }
    if (java.nio.file.Files.exists(dir)) {
      try (var files = java.nio.file.Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          java.nio.file.Files.delete(p);
        }
      }
    }
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Files.createFile(marker);
  }
}
