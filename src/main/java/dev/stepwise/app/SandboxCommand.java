package dev.stepwise.app;

import dev.stepwise.cli.StepwiseCli;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stepwise sandbox}: an embedded API server, a simulated cluster and the controller in one
 * JVM, until stopped; prints the kubeconfig that kubectl and the CLI can use.
 */
@Command(
    name = "sandbox",
    description =
        "Runs an embedded Kubernetes API server, a simulated cluster and the controller until"
            + " stopped.")
final class SandboxCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--dir",
      defaultValue = ".stepwise/sandbox",
      description = "Where the kubeconfig is written (default: ${DEFAULT-VALUE})")
  Path dir;

  @Option(
      names = "--port",
      defaultValue = "0",
      description = "API server port (default: a free one)")
  int port;

  @Option(
      names = "--pod-ready-seconds",
      defaultValue = "1",
      description = "How long simulated pods take to become ready (default: ${DEFAULT-VALUE})")
  double readySeconds;

  @Option(
      names = "--data-dir",
      description = "Where the journal lives (default: stepwise.data-dir, ./.stepwise)")
  String dataDir;

  @Override
  public Integer call() throws Exception {
    StepwiseCli cli = (StepwiseCli) spec.root().userObject();
    CountDownLatch stopped = new CountDownLatch(1);
    Duration ready = Duration.ofMillis(Math.round(readySeconds * 1000));
    SandboxRuntime runtime =
        SandboxRuntime.start(dir.toAbsolutePath(), port, ready, Configs.load(dataDir));
    // close from the shutdown hook itself: the JVM waits for hooks, not for this thread
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  runtime.close();
                  stopped.countDown();
                },
                "stepwise-stop"));
    {
      var out = cli.out();
      out.println("Stepwise sandbox running: API server " + runtime.sandbox().server().url());
      out.println("  export KUBECONFIG=" + runtime.sandbox().kubeconfig().toAbsolutePath());
      out.println("  kubectl apply -f examples/canary.yaml");
      out.println("  bin/stepwise get rollout canary-demo --watch");
      out.println("Stop with Ctrl-C.");
      out.flush();
      stopped.await();
    }
    return 0;
  }
}
