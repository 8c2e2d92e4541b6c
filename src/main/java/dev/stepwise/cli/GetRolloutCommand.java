package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stepwise get rollout NAME [--watch] [--no-color]}: the upstream plugin's header and tree;
 * with {@code --watch} it redraws on every change of the Rollout, its ReplicaSets or Pods.
 */
@Command(
    name = "rollout",
    aliases = {"ro", "rollouts"},
    description = "Get details about a rollout")
final class GetRolloutCommand extends CliCommand {
  /** Redraw at most this often, as upstream does, so bursts of events do not flicker. */
  private static final long REDRAW_MILLIS = 200;

  @Parameters(paramLabel = "ROLLOUT_NAME")
  String name;

  @Option(
      names = {"-w", "--watch"},
      description = "Watch live updates to the rollout")
  boolean watch;

  @Option(names = "--no-color", description = "Do not colorize output")
  boolean noColor;

  @Override
  void run() {
    RolloutClient rollouts = rollouts();
    JsonNode rollout = rollouts.get(name);
    if (!watch) {
      printer().print(read(rollouts, rollout));
      return;
    }
    watch(rollouts);
  }

  private void watch(RolloutClient rollouts) {
    Semaphore changed = new Semaphore(1);
    List<Watch> watches = new ArrayList<>();
    try {
      var kube = rollouts.kubernetes();
      watches.add(rollouts.rollout(name).watch(signal(changed)));
      watches.add(
          kube.apps().replicaSets().inNamespace(rollouts.namespace()).watch(signal(changed)));
      watches.add(kube.pods().inNamespace(rollouts.namespace()).watch(signal(changed)));
      while (!cli().stopSignal().isDone()) {
        if (changed.tryAcquire(REDRAW_MILLIS, TimeUnit.MILLISECONDS)) {
          changed.drainPermits();
          redraw(rollouts);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      watches.forEach(Watch::close);
    }
  }

  private void redraw(RolloutClient rollouts) {
    JsonNode rollout = rollouts.find(name);
    RolloutPrinter printer = printer();
    printer.clear();
    if (rollout == null) {
      cli().out().println(rollouts.notFound(name).getMessage());
      cli().out().flush();
      return;
    }
    printer.print(read(rollouts, rollout));
  }

  private RolloutInfo read(RolloutClient rollouts, JsonNode rollout) {
    return RolloutInfo.of(rollout, rollouts.replicaSets(), rollouts.pods());
  }

  private RolloutPrinter printer() {
    boolean color = !noColor && !"dumb".equals(System.getenv("TERM"));
    return new RolloutPrinter(cli().out(), color, cli().clock().instant());
  }

  private static <T> Watcher<T> signal(Semaphore changed) {
    return new Watcher<>() {
      @Override
      public void eventReceived(Action action, T resource) {
        changed.release();
      }

      @Override
      public void onClose(WatcherException cause) {
        changed.release();
      }
    };
  }
}
