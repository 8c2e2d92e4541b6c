package dev.stepwise.app;

import dev.stepwise.cli.StepwiseCli;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stepwise controller}: runs the controller against the kubeconfig or in-cluster API. */
@Command(
    name = "controller",
    description =
        "Runs the controller against the current kubeconfig (or the in-cluster config) until"
            + " stopped.")
final class ControllerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--data-dir",
      description = "Where the journal lives (default: stepwise.data-dir, ./.stepwise)")
  String dataDir;

  @Override
  public Integer call() throws InterruptedException {
    StepwiseCli cli = (StepwiseCli) spec.root().userObject();
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicBoolean asked = new AtomicBoolean();
    Controller controller =
        Controller.start(cli.client(), Configs.load(dataDir), Clock.systemUTC());
    // close from the shutdown hook itself: the JVM waits for hooks, not for this thread
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  asked.set(true);
                  controller.close();
                  stopped.countDown();
                },
                "stepwise-stop"));
    // a node the cluster downed (split-brain resolver) shuts its actor system down: exit, so
    // that the process supervisor (Kubernetes) starts a fresh node that joins again
    controller.whenTerminated().thenRun(stopped::countDown);
    cli.out().println("stepwise controller running (Ctrl-C to stop)");
    cli.out().flush();
    stopped.await();
    if (!asked.get()) {
      cli.err().println("stepwise controller: the actor system stopped (downed by the cluster?)");
      cli.err().flush();
      controller.close();
      return 3;
    }
    return 0;
  }
}
