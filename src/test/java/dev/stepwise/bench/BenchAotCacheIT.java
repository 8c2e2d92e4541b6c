package dev.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.stepwise.cli.StepwiseCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --aot-cache-output}: the restarted controller of a small sandbox run trains the
 * JDK's AOT cache, and a JVM on the launcher's class path starts with it (AOTMode=on refuses to
 * start on a cache it cannot use, where the default would only warn). Needs the packaged jar.
 */
class BenchAotCacheIT {
  @TempDir Path dir;

  @Test
  void aSandboxRunTrainsACacheThatAControllerJvmStartsWith() throws Exception {
    assumeThat(Runtime.version().feature()).as("AOT cache training needs JDK 25").isGreaterThan(24);
    Path cache = dir.resolve("cache/stepwise.aot");

    // through the launcher, as a user trains it: the JVM records only a class path of jars, and
    // this test's own class path has the test classes' directory on it
    ProcessBuilder bench =
        new ProcessBuilder(
                "bin/stepwise",
                "bench",
                "--api=sandbox",
                "--no-storm",
                "-N",
                "10",
                "--recovery-pause-seconds=15",
                "--timeout-minutes=3",
                "--aot-cache-output=" + cache,
                "--dir=" + dir.resolve("work"))
            .redirectErrorStream(true);
    bench.environment().put("STEPWISE_AOT_CACHE", "");
    Run run = run(bench, 10);

    assertThat(run.code()).as(run.output()).isZero();
    assertThat(run.output())
        .contains("Setting: controller: training an AOT cache")
        .contains("10/10 in")
        .contains("AOT cache written to " + cache);
    assertThat(Files.size(cache)).isGreaterThan(1 << 20);

    Run withCache =
        run(
            new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:AOTCache=" + cache,
                    "-XX:AOTMode=on",
                    "--sun-misc-unsafe-memory-access=allow",
                    "-cp",
                    "target/stepwise.jar:target/lib/*",
                    "dev.stepwise.app.Main",
                    "--version")
                .redirectErrorStream(true),
            1);
    assertThat(withCache.code()).as(withCache.output()).isZero();
  }

  private record Run(int code, String output) {}

  private static Run run(ProcessBuilder builder, int minutes) throws Exception {
    Process p = builder.start();
    CompletableFuture<String> output =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
              } catch (java.io.IOException e) {
                return e.toString();
              }
            });
    if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + builder.command());
    }
    return new Run(p.exitValue(), output.get(1, TimeUnit.MINUTES));
  }

  @Test
  void trainingNeedsTheSandboxAndItsRestart() {
    String work = "--dir=" + dir.resolve("work");
    String output = "--aot-cache-output=" + dir.resolve("x.aot");
    Result fake = bench("--api=fake", "-N", "1", output, work);
    Result noRestart = bench("--api=sandbox", "--no-recovery", "-N", "1", output, work);

    for (Result r : List.of(fake, noRestart)) {
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("--aot-cache-output needs --api sandbox and the recovery");
    }
    assertThat(dir.resolve("x.aot")).doesNotExist();
  }

  private record Result(int code, String out, String err) {}

  private Result bench(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    StepwiseCli cli =
        new StepwiseCli(new PrintWriter(out, true), new PrintWriter(err, true))
            .addSubcommand("bench", new BenchCommand());
    String[] all = new String[args.length + 1];
    all[0] = "bench";
    System.arraycopy(args, 0, all, 1, args.length);
    int code = cli.execute(all);
    return new Result(code, out.toString(), err.toString());
  }
}
