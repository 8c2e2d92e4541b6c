package dev.stepwise.app;

import com.typesafe.config.Config;
import dev.stepwise.domain.CommandSink;
import dev.stepwise.domain.RolloutCommand;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.entity.StepwiseSystem;
import dev.stepwise.entity.WatchLeadership;
import dev.stepwise.kube.EventRecorder;
import dev.stepwise.kube.KubeActuator;
import dev.stepwise.kube.RolloutWatcher;
import dev.stepwise.kube.SpecDecoder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The running controller: the actor system with its rollout entities, the informers that feed them
 * and the actuator that writes for them. One per process.
 */
public final class Controller implements AutoCloseable {
  private final StepwiseSystem system;
  private final RolloutWatcher watcher;
  private final ExecutorService actuatorThreads;
  private final FreezeFence fence;
  // null when a test gave its own runner of rollout analysis runs
  private final AnalysisWiring analysis;

  private Controller(
      StepwiseSystem system,
      RolloutWatcher watcher,
      ExecutorService threads,
      FreezeFence fence,
      AnalysisWiring analysis) {
    this.system = system;
    this.watcher = watcher;
    this.actuatorThreads = threads;
    this.fence = fence;
    this.analysis = analysis;
  }

  /**
   * Starts the controller against {@code client} with the given (fully loaded) config, analysis
   * runs included (the rollouts' as children of their entities, and AnalysisRuns users create).
   */
  public static Controller start(KubernetesClient client, Config config, Clock clock) {
    return start(client, config, clock, null);
  }

  /**
   * As {@link #start(KubernetesClient, Config, Clock)}, with a given runner of the rollouts'
   * analysis runs (tests); AnalysisRuns users create are then not run.
   */
  public static Controller start(
      KubernetesClient client,
      Config config,
      Clock clock,
      dev.stepwise.entity.analysis.AnalysisRunner analysisRunner) {
    Settings settings = Settings.from(config);
    ExecutorService threads = Executors.newFixedThreadPool(settings.actuatorThreads(), daemon());
    // the watcher needs the sink and the system needs the actuator, which reads the watcher's
    // caches: break the cycle with a sink that is set once the system is up
    AtomicReference<CommandSink> sink = new AtomicReference<>();
    // only the node holding the watch leadership forwards informer events (WatchLeadership);
    // forwarding and the re-send on gaining it share one lock, so no event overtakes the re-send
    Object gate = new Object();
    AtomicBoolean leading = new AtomicBoolean();
    FreezeFence fence = new FreezeFence(settings.freezeThreshold(), settings.freezeHold());
    SpecDecoder decoder = new SpecDecoder();
    RolloutWatcher watcher =
        new RolloutWatcher(
            client,
            new CommandSink() {
              @Override
              public void tell(RolloutKey key, RolloutCommand command) {
                synchronized (gate) {
                  // not fenced: a dropped event would be lost (the entity waits for it until the
                  // next resync); a node that may be a zombie is kept from writing by the actuator
                  if (leading.get()) {
                    sink.get().tell(key, command);
                  }
                }
              }

              // the informers' initial adds of a restart arrive before the leadership: decoding
              // 10,000 Rollouts only to drop them took CPU from the journal's compaction
              @Override
              public boolean accepting() {
                return leading.get();
              }
            },
            decoder,
            settings.namespace(),
            settings.resync().toMillis());
    KubeActuator actuator =
        new KubeActuator(client, watcher, decoder, new EventRecorder(client, clock), threads);
    AnalysisWiring analysis =
        analysisRunner == null ? AnalysisWiring.create(client, config, clock, settings) : null;
    // The informers fill (lists from the API server) while the journal is compacted and the actor
    // system starts: on two cores this overlap took seconds off a restart at 10,000 rollouts
    // (BENCHMARKS.md). Nothing is forwarded before the leadership below, and an entity that
    // recovers first waits for its first observation before it acts.
    CompletableFuture<Void> informers = CompletableFuture.runAsync(watcher::start, threads);
    StepwiseSystem system;
    try {
      FencedActuator fenced = new FencedActuator(actuator, fence);
      system =
          analysis == null
              ? StepwiseSystem.start(config, fenced, clock, analysisRunner)
              : StepwiseSystem.start(config, fenced, clock, analysis.runtime());
    } catch (RuntimeException e) {
      informers.handle((ok, failed) -> null).join();
      watcher.close();
      if (analysis != null) {
        analysis.close();
      }
      threads.shutdownNow();
      fence.close();
      throw e;
    }
    sink.set(system.commandSink());
    try {
      // the caches filled first, then the leadership, whose re-send on gaining it covers every
      // event dropped before
      awaitInformers(informers);
      WatchLeadership.init(
          system.system(),
          () -> {
            synchronized (gate) {
              leading.set(true);
              watcher.resendAll();
            }
          },
          () -> leading.set(false),
          key -> {
            synchronized (gate) {
              watcher.resend(key);
            }
          });
      if (analysis != null) {
        analysis.startWatching(system.system());
      }
    } catch (RuntimeException e) {
      if (analysis != null) {
        analysis.close();
      }
      watcher.close();
      system.close();
      threads.shutdownNow();
      fence.close();
      throw e;
    }
    return new Controller(system, watcher, threads, fence, analysis);
  }

  private static void awaitInformers(CompletableFuture<Void> informers) {
    try {
      informers.join();
    } catch (java.util.concurrent.CompletionException e) {
      // the informers' own failure (e.g. the API server refused the list), as a direct call gave
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Completes when the actor system stops, also when not asked to (e.g. this node was downed). */
  public java.util.concurrent.CompletionStage<org.apache.pekko.Done> whenTerminated() {
    return system.system().getWhenTerminated();
  }

  @Override
  public void close() {
    if (analysis != null) {
      analysis.closeWatcher();
    }
    watcher.close();
    system.close();
    fence.close();
    if (analysis != null) {
      analysis.close();
    }
    actuatorThreads.shutdown();
    try {
      actuatorThreads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "stepwise-actuator-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
