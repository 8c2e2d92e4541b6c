package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stepwise status NAME [--watch=true|false] [-t DURATION]}: prints {@code Phase - message}
 * whenever it changes until the rollout is Healthy (exit 0) or Degraded (exit 1), or the timeout
 * passes (exit 1). As upstream, Paused is not an end state: a paused rollout is watched until it
 * moves on or the timeout passes; without {@code --watch} it is printed and the exit code is 0.
 */
@Command(
    name = "status",
    description = "Show the status of a rollout",
    footer = {
      "Watch rollout until it finishes or the timeout is exceeded. Returns success if",
      "the rollout is healthy upon completion and an error otherwise."
    })
final class StatusCommand extends CliCommand {
  /** Re-read at least this often, so a missed watch event only delays the next line. */
  private static final long POLL_MILLIS = 1000;

  @Parameters(paramLabel = "ROLLOUT_NAME")
  String name;

  @Option(
      names = {"-w", "--watch"},
      arity = "0..1",
      defaultValue = "true",
      fallbackValue = "true",
      description = "Watch the status of the rollout until it's done (default true)")
  boolean watch;

  @Option(
      names = {"-t", "--timeout"},
      defaultValue = "0",
      paramLabel = "DURATION",
      description = "The length of time to watch before giving up (e.g. 1s, 2m, 3h); 0 = forever")
  String timeout;

  @Override
  void run() {
    Duration limit = GoDurations.parse(timeout);
    RolloutClient rollouts = rollouts();
    RolloutPhase phase = phaseOf(rollouts.get(name));
    if (!watch) {
      boolean done = isDone(phase);
      cli().out().println(done ? phase.status() : phase.status() + " - " + phase.message());
      failIfDegraded(phase);
      return;
    }
    phase = watchUntilDone(rollouts, phase, limit);
    failIfDegraded(phase);
    if (!"Healthy".equals(phase.status())) {
      throw new CliException("Rollout status watch exceeded timeout");
    }
  }

  private RolloutPhase watchUntilDone(RolloutClient rollouts, RolloutPhase first, Duration limit) {
    long deadline = limit.isZero() ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos();
    Semaphore changed = new Semaphore(0);
    String printed = print(first, null);
    RolloutPhase phase = first;
    if (isDone(phase)) {
      return phase;
    }
    try (Watch ignored = rollouts.rollout(name).watch(signal(changed))) {
      // re-read once after the watch started: a change between get and watch is not lost
      changed.release();
      while (!isDone(phase) && !cli().stopSignal().isDone()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        long wait = Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, POLL_MILLIS);
        changed.tryAcquire(wait, TimeUnit.MILLISECONDS);
        changed.drainPermits();
        JsonNode rollout = rollouts.find(name);
        if (rollout != null) {
          phase = phaseOf(rollout);
          printed = print(phase, printed);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return phase;
  }

  /** Prints the line when it differs from the previous one; returns the line. */
  private String print(RolloutPhase phase, String previous) {
    String line =
        phase.message().isEmpty() ? phase.status() : phase.status() + " - " + phase.message();
    if (!line.equals(previous)) {
      cli().out().println(line);
      cli().out().flush();
    }
    return line;
  }

  private static void failIfDegraded(RolloutPhase phase) {
    if ("Degraded".equals(phase.status())) {
      throw new CliException("The rollout is in a degraded state with message: " + phase.message());
    }
  }

  private static boolean isDone(RolloutPhase phase) {
    return "Healthy".equals(phase.status()) || "Degraded".equals(phase.status());
  }

  /** Upstream's status and message; an invalid spec is Degraded ("InvalidSpec: …") here. */
  static RolloutPhase phaseOf(JsonNode rollout) {
    RolloutPhase phase = RolloutPhase.of(rollout);
    return "InvalidSpec".equals(phase.status())
        ? new RolloutPhase("Degraded", phase.message())
        : phase;
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
