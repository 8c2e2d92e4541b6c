package dev.stepwise.app;

import com.typesafe.config.Config;
import dev.stepwise.domain.CommandSink;
import dev.stepwise.entity.StepwiseSystem;
import dev.stepwise.kube.EventRecorder;
import dev.stepwise.kube.KubeActuator;
import dev.stepwise.kube.RolloutWatcher;
import dev.stepwise.kube.SpecDecoder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
  private final AnalysisWiring analysis;

  private Controller(
      StepwiseSystem system,
      RolloutWatcher watcher,
      ExecutorService threads,
      AnalysisWiring analysis) {
    this.system = system;
    this.watcher = watcher;
    this.actuatorThreads = threads;
    this.analysis = analysis;
  }

  /** Starts the controller against {@code client} with the given (fully loaded) config. */
  public static Controller start(KubernetesClient client, Config config, Clock clock) {
    Settings settings = Settings.from(config);
    ExecutorService threads = Executors.newFixedThreadPool(settings.actuatorThreads(), daemon());
    // the watcher needs the sink and the system needs the actuator, which reads the watcher's
    // caches: break the cycle with a sink that is set once the system is up
    AtomicReference<CommandSink> sink = new AtomicReference<>();
    SpecDecoder decoder = new SpecDecoder();
    RolloutWatcher watcher =
        new RolloutWatcher(
            client,
            (key, command) -> sink.get().tell(key, command),
            decoder,
            settings.namespace(),
            settings.resync().toMillis());
    KubeActuator actuator =
        new KubeActuator(client, watcher, decoder, new EventRecorder(client, clock), threads);
    AnalysisWiring analysis = AnalysisWiring.create(client, config, clock, settings);
    StepwiseSystem system;
    try {
      system = StepwiseSystem.start(config, actuator, clock, analysis.runtime());
    } catch (RuntimeException e) {
      analysis.close();
      threads.shutdownNow();
      throw e;
    }
    sink.set(system.commandSink());
    try {
      watcher.start();
      analysis.startWatching(system.system());
    } catch (RuntimeException e) {
      analysis.close();
      watcher.close();
      system.close();
      threads.shutdownNow();
      throw e;
    }
    return new Controller(system, watcher, threads, analysis);
  }

  @Override
  public void close() {
    analysis.closeWatcher();
    watcher.close();
    system.close();
    analysis.close();
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
