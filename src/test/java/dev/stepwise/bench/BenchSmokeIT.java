package dev.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.cli.StepwiseCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps {@code stepwise bench} from rotting: the whole benchmark at N=20 against the in-process
 * fake, on the H2 journal and on a PostgreSQL server of its own (the sandbox variant needs a child
 * JVM and minutes; BENCHMARKS.md has its command).
 */
class BenchSmokeIT {
  @TempDir Path dir;

  @Test
  void benchmarkRunsEveryScenarioAndChecksTheEndState() {
    String out = benchAtTwenty("--journal=h2");

    assertThat(out)
        .contains("Machine: ")
        .contains("| 1 memory at rest | heap after full GC")
        .contains("| 2 update storm | time until all Healthy")
        .contains("| 3 reaction latency |")
        .contains("(20 samples)")
        .contains("| 4 recovery | stop mid-pause")
        .contains("20/20 in")
        .contains("| 5 journal growth |")
        .contains("Correctness: every rollout ended Healthy on the right ReplicaSets.");
  }

  @Test
  void benchmarkMeasuresAPostgresJournal() {
    String out = benchAtTwenty("--journal=postgres");

    assertThat(out)
        .contains("PostgreSQL journal")
        .containsPattern(
            "\\| 5 journal growth \\| bytes per rollout update \\| [0-9.]*[1-9][0-9.]* KiB \\|.*"
                + "pg_total_relation_size")
        .contains("20/20 in")
        .contains("Correctness: every rollout ended Healthy on the right ReplicaSets.");
  }

  /** The whole benchmark at N=20 against the fake on {@code journal}; its table, once it passed. */
  private String benchAtTwenty(String journal) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    StepwiseCli cli =
        new StepwiseCli(new PrintWriter(out, true), new PrintWriter(err, true))
            .addSubcommand("bench", new BenchCommand());

    int code =
        cli.execute(
            "bench",
            "--api=fake",
            journal,
            "-N",
            "20",
            "--recovery-pause-seconds=2",
            "--timeout-minutes=1",
            "--dir=" + dir.resolve("work"));

    assertThat(code).as("exit code; stderr:\n" + err).isZero();
    return out.toString();
  }

  @Test
  void refusesToWipeADirectoryThatIsNotItsOwn() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("precious.txt"), "keep me");
    StringWriter err = new StringWriter();
    StepwiseCli cli =
        new StepwiseCli(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
            .addSubcommand("bench", new BenchCommand());

    int code = cli.execute("bench", "--api=fake", "-N", "1", "--dir=" + dir);

    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("is not empty and not a bench directory");
    assertThat(dir.resolve("precious.txt")).exists();
  }
}
