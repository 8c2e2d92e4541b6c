package dev.stepwise.bench;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import dev.stepwise.domain.RolloutActuator;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.entity.ShardedCommandSink;
import dev.stepwise.entity.StepwiseSystem;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.pekko.persistence.jdbc.query.javadsl.JdbcReadJournal;
import org.apache.pekko.persistence.query.PersistenceQuery;
import org.apache.pekko.stream.javadsl.Sink;

/**
 * The journal half of a controller restart, alone: starts the actor system on a copy of a data
 * directory (compaction, remembered entities and all) with an actuator that writes nothing and no
 * API server, and reports when every rollout's entity has recovered. It takes the API server and
 * its informers out of the figure, so JVM and journal settings can be compared in a minute
 * (BENCHMARKS.md, "Measured and not adopted"). Give it the data directory of a benchmark run:
 *
 * <pre>{@code
 * java [JVM options] -cp 'target/stepwise.jar:target/lib/*' dev.stepwise.bench.JournalReplay \
 *     target/bench-dir/data
 * }</pre>
 */
public final class JournalReplay {
  private static final String PREFIX = "Rollout|";

  private JournalReplay() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: JournalReplay <data-dir of a benchmark run>");
      System.exit(2);
    }
    Path copy = Files.createTempDirectory("stepwise-replay");
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".mv.db")).toList()) {
        copy(f, copy.resolve(f.getFileName()));
      }
    }
    // layered before resolving, as the controller does: the journal URL follows the data dir
    Config config =
        StepwiseSystem.loadConfig(
            ConfigFactory.empty()
                .withValue("stepwise.data-dir", ConfigValueFactory.fromAnyRef(copy.toString())));
    RolloutActuator nothing =
        (key, state, desired, events, rv) ->
            CompletableFuture.completedFuture(RolloutActuator.Result.NOTHING);
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    StepwiseSystem system = StepwiseSystem.start(config, nothing, clock());
    try {
      List<RolloutKey> keys = rollouts(system);
      if (keys.isEmpty()) {
        throw new IllegalArgumentException("no rollout journals in " + args[0]);
      }
      ShardedCommandSink sink = system.shardedCommandSink();
      // each answer comes once its entity has recovered (remember-entities started them all)
      CompletableFuture.allOf(
              keys.stream()
                  .map(k -> sink.state(k, Duration.ofMinutes(5)).toCompletableFuture())
                  .toArray(CompletableFuture[]::new))
          .join();
      double secs = (System.currentTimeMillis() - jvmStart) / 1000.0;
      double cpu =
          ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                  .getProcessCpuTime()
              / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%d rollouts recovered %.1f s after JVM start; %.1f CPU-seconds; JVM options %s%n",
          keys.size(),
          secs,
          cpu,
          ManagementFactory.getRuntimeMXBean().getInputArguments());
    } finally {
      system.close();
      deleteAll(copy);
    }
  }

  /**
   * With {@code -Dstepwise.bench.replay-at=<instant>} (the time of the kill, say) the entities see
   * the time run on from that instant, so pauses that were running at the kill are re-armed, as in
   * a restart right after it, instead of ending and persisting events.
   */
  private static Clock clock() {
    String at = System.getProperty("stepwise.bench.replay-at");
    if (at == null || at.isBlank()) {
      return Clock.systemUTC();
    }
    return Clock.offset(
        Clock.systemUTC(), Duration.between(java.time.Instant.now(), java.time.Instant.parse(at)));
  }

  /**
   * With {@code -Dstepwise.bench.cold=true} the copy bypasses the page cache (dd with O_DIRECT), so
   * the recovery reads the journal from disk, as a restart some minutes after the writes does.
   */
  private static void copy(Path from, Path to) throws IOException, InterruptedException {
    if (!Boolean.getBoolean("stepwise.bench.cold")) {
      Files.copy(from, to);
      return;
    }
    DirectCopy.copy(from, to, true);
  }

  private static List<RolloutKey> rollouts(StepwiseSystem system) {
    var journal =
        PersistenceQuery.get(system.system())
            .getReadJournalFor(JdbcReadJournal.class, JdbcReadJournal.Identifier());
    return journal
        .currentPersistenceIds()
        .runWith(Sink.seq(), system.system())
        .toCompletableFuture()
        .join()
        .stream()
        .filter(id -> id.startsWith(PREFIX))
        .map(id -> RolloutKey.fromEntityId(id.substring(PREFIX.length())))
        .toList();
  }

  private static void deleteAll(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }
}
