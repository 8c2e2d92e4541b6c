package dev.stepwise.entity;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.stepwise.domain.CommandSink;
import dev.stepwise.domain.RolloutActuator;
import dev.stepwise.entity.analysis.AnalysisRunEntity;
import dev.stepwise.entity.analysis.AnalysisRuntime;
import dev.stepwise.entity.analysis.ChildAnalysisRunner;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.Done;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.Join;
import org.apache.pekko.management.cluster.bootstrap.ClusterBootstrap;
import org.apache.pekko.management.javadsl.PekkoManagement;

/**
 * A running Stepwise actor system: the cluster node (one-node by default), the journal schema and
 * the sharded rollout entities; the handle to hand commands in and to shut it all down.
 */
public final class StepwiseSystem implements AutoCloseable {
  /** Name of the actor system; seed-node addresses must use it ({@code pekko://stepwise@...}). */
  public static final String SYSTEM_NAME = "stepwise";

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

  private final ActorSystem<Void> system;
  private final ShardedCommandSink commandSink;

  private StepwiseSystem(ActorSystem<Void> system, ShardedCommandSink commandSink) {
    this.system = system;
    this.commandSink = commandSink;
  }

  /**
   * Loads the configuration: {@code overrides} over application.conf over reference.conf, resolved
   * together so that overrides reach {@code ${...}} substitutions such as the journal URL (STACK.md
   * pitfall 8); system properties still win over everything. {@code -Dconfig.file} replaces
   * application.conf, as with ConfigFactory.load() (the deploy manifests mount it from a
   * ConfigMap).
   */
  public static Config loadConfig(Config overrides) {
    Config layered = overrides.withFallback(ConfigFactory.defaultApplication());
    Config config = ConfigFactory.load(layered);
    if (JournalSchema.isPostgres(config)
        && config.getString("stepwise.journal.driver").equals("org.h2.Driver")) {
      // a PostgreSQL URL with the H2 defaults for driver and profile: the URL decides
      config =
          ConfigFactory.load(
              ConfigFactory.parseMap(
                      java.util.Map.of(
                          "stepwise.journal.driver", "org.postgresql.Driver",
                          "stepwise.journal.profile", "slick.jdbc.PostgresProfile$"))
                  .withFallback(layered));
    }
    return config;
  }

  /**
   * Starts the actor system from a loaded {@code config}, joins the cluster (itself when no seed
   * nodes are configured), creates the journal schema when configured and starts sharding.
   *
   * @throws RuntimeException when any step fails; the actor system is terminated first, so a failed
   *     start never leaves the JVM hanging on non-daemon threads (STACK.md pitfall 9)
   */
  public static StepwiseSystem start(Config config, RolloutActuator actuator, Clock clock) {
    return start(config, actuator, clock, (AnalysisRuntime) null);
  }

  /**
   * As {@link #start(Config, RolloutActuator, Clock)}, with analysis runs: the rollouts' as
   * children of their entities, and sharded entities for AnalysisRuns users create (null: none, and
   * a rollout that asks for a run gets a run in Error saying so).
   */
  public static StepwiseSystem start(
      Config config, RolloutActuator actuator, Clock clock, AnalysisRuntime analysis) {
    return start(
        config,
        actuator,
        clock,
        analysis == null ? NoAnalysisRunner.INSTANCE : new ChildAnalysisRunner(analysis),
        analysis);
  }

  /** As {@link #start(Config, RolloutActuator, Clock)}, with a given runner of rollout runs. */
  public static StepwiseSystem start(
      Config config,
      RolloutActuator actuator,
      Clock clock,
      dev.stepwise.entity.analysis.AnalysisRunner analysisRunner) {
    return start(config, actuator, clock, analysisRunner, null);
  }

  private static StepwiseSystem start(
      Config config,
      RolloutActuator actuator,
      Clock clock,
      dev.stepwise.entity.analysis.AnalysisRunner analysisRunner,
      AnalysisRuntime analysis) {
    // The actor system starts and joins the cluster while the journal is compacted (nothing opens
    // the journal before the schema step): seconds off a restart at 10,000 rollouts
    CompletableFuture<Void> compaction =
        CompletableFuture.runAsync(
            () -> H2JournalCompaction.compactIfIdle(config),
            r -> Thread.ofPlatform().name("stepwise-journal-compaction").daemon().start(r));
    ActorSystem<Void> system;
    try {
      system = ActorSystem.create(Behaviors.empty(), SYSTEM_NAME, config);
    } catch (RuntimeException | Error e) {
      compaction.handle((ok, failed) -> null).join();
      throw e;
    }
    try {
      joinCluster(system, config);
      compaction.join();
      if (config.getBoolean("stepwise.journal.create-schema")) {
        createSchema(system, config);
      }
      int shards =
          JournalShards.resolve(system, config.getInt("stepwise.cluster.number-of-shards"));
      RolloutEntity.init(system, actuator, clock, analysisRunner, shards);
      if (analysis != null) {
        AnalysisRunEntity.init(system, analysis, shards);
      }
      return new StepwiseSystem(system, new ShardedCommandSink(system));
    } catch (RuntimeException | Error e) {
      system.terminate();
      try {
        await(system.getWhenTerminated(), SHUTDOWN_TIMEOUT);
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * PostgreSQL gets the migration script (errors abort the start); H2 keeps the plugin's own DDL,
   * which is idempotent only because it swallows errors (STACK.md pitfall 11).
   */
  private static void createSchema(ActorSystem<?> system, Config config) {
    if (JournalSchema.isPostgres(config)) {
      JournalSchema.migratePostgres(config);
    } else {
      await(JournalSchema.createH2IfNotExists(system), STARTUP_TIMEOUT);
    }
  }

  /**
   * Starts the management endpoint when asked to (health probes, {@code stepwise cluster}), then
   * joins: through cluster bootstrap (service discovery, e.g. the Kubernetes API), through the
   * configured seed nodes (the cluster extension joins them by itself), or else by joining itself.
   */
  private static void joinCluster(ActorSystem<?> system, Config config) {
    boolean bootstrap = config.getBoolean("stepwise.cluster.bootstrap");
    if (bootstrap || config.getBoolean("stepwise.management.enabled")) {
      await(PekkoManagement.get(system).start(), STARTUP_TIMEOUT);
    }
    Cluster cluster = Cluster.get(system);
    if (bootstrap) {
      ClusterBootstrap.get(system).start();
    } else if (config.getStringList("pekko.cluster.seed-nodes").isEmpty()) {
      cluster.manager().tell(Join.create(cluster.selfMember().address()));
    }
  }

  /** Where kube/ hands observations in. */
  public CommandSink commandSink() {
    return commandSink;
  }

  /** The sharded sink, which can also ask an entity for its view. */
  public ShardedCommandSink shardedCommandSink() {
    return commandSink;
  }

  /** The actor system, for wiring further extensions (health, metrics). */
  public ActorSystem<Void> system() {
    return system;
  }

  /** Leaves the cluster gracefully and terminates the actor system. */
  public CompletionStage<Done> shutdown() {
    system.terminate();
    return system.getWhenTerminated();
  }

  /** Shuts down and waits (bounded) for termination. */
  @Override
  public void close() {
    await(shutdown(), SHUTDOWN_TIMEOUT);
  }

  private static <T> T await(CompletionStage<T> stage, Duration timeout) {
    try {
      return stage.toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("timed out after " + timeout, e);
    }
  }
}
