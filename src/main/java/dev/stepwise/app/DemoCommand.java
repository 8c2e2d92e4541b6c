package dev.stepwise.app;

import com.typesafe.config.Config;
import dev.stepwise.cli.StepwiseCli;
import dev.stepwise.entity.JournalReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stepwise demo}: a canary rollout end to end on the sandbox. Starts the sandbox and the
 * controller, applies the example, updates the image, shows the tree at every step, promotes at the
 * indefinite pause, and prints the journal timeline.
 */
@Command(name = "demo", description = "Runs a canary rollout end to end on the sandbox.")
final class DemoCommand implements Callable<Integer> {
  static final String ROLLOUT = "canary-demo";
  static final String NEW_IMAGE = "argoproj/rollouts-demo:yellow";

  @Spec CommandSpec spec;

  @Option(
      names = {"-f", "--file"},
      description = "The canary Rollout to apply (default: examples/canary.yaml in the project)")
  Path file;

  @Option(
      names = "--dir",
      defaultValue = ".stepwise/demo",
      description = "Working directory, wiped first (default: ${DEFAULT-VALUE})")
  Path dir;

  @Option(
      names = "--timeout-seconds",
      defaultValue = "180",
      description = "Give up after this long (default: ${DEFAULT-VALUE})")
  int timeoutSeconds;

  @Option(
      names = "--analysis",
      description =
          "Instead: a canary gated by a Web metric this process serves; the first update passes"
              + " its analysis, the second fails it and rolls back by itself")
  boolean analysis;

  @Override
  public Integer call() throws Exception {
    StepwiseCli cli = (StepwiseCli) spec.root().userObject();
    PrintWriter out = cli.out();
    Path work = dir.toAbsolutePath();
    wipe(work);
    Config config = Configs.load(work.resolve("data").toString());
    String manifest = analysis ? null : Files.readString(manifest());
    out.println("== Starting the sandbox: embedded API server, simulated cluster, controller");
    out.flush();
    try (SandboxRuntime runtime = SandboxRuntime.start(work, 0, Duration.ofSeconds(1), config)) {
      if (analysis) {
        DemoAnalysisScript script =
            new DemoAnalysisScript(
                runtime,
                out,
                args ->
                    DemoScript.cli(
                        runtime, out, cli.err(), () -> JournalReader.open(config), args));
        return script.run(Duration.ofSeconds(timeoutSeconds)) ? 0 : 1;
      }
      DemoScript script = new DemoScript(runtime, out, cli.err(), () -> JournalReader.open(config));
      return script.run(manifest, Duration.ofSeconds(timeoutSeconds)) ? 0 : 1;
    }
  }

  private Path manifest() {
    if (file != null) {
      return file;
    }
    String home = System.getProperty("stepwise.home", ".");
    return Path.of(home, "examples", "canary.yaml");
  }

  private static void wipe(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
  }
}
