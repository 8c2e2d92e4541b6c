package dev.stepwise.app;

import com.typesafe.config.Config;
import dev.stepwise.entity.analysis.AnalysisRunBehavior;
import dev.stepwise.entity.analysis.AnalysisRunEntity;
import dev.stepwise.entity.analysis.AnalysisRunKey;
import dev.stepwise.entity.analysis.AnalysisRunner;
import dev.stepwise.entity.analysis.AnalysisRuntime;
import dev.stepwise.kube.AnalysisRunWatcher;
import dev.stepwise.kube.analysis.KubeAnalysisEnvironment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pekko.actor.typed.ActorSystem;

/**
 * The analysis side of the controller: the Kubernetes environment of the runs, their executors, and
 * the AnalysisRun informer that starts the runs users create.
 */
final class AnalysisWiring implements AutoCloseable {
  /** Upstream's default controller namespace, where provider Secrets live. */
  static final String DEFAULT_CONTROLLER_NAMESPACE = "argo-rollouts";

  // provider calls block for up to their timeout; API calls are short
  private static final int MEASURING_THREADS = 8;
  private static final int BLOCKING_THREADS = 4;

  private final KubernetesClient client;
  private final Settings settings;
  private final AnalysisRuntime runtime;
  private final ExecutorService blocking;
  private final ExecutorService measuring;
  private AnalysisRunWatcher watcher;

  private AnalysisWiring(
      KubernetesClient client,
      Settings settings,
      AnalysisRuntime runtime,
      ExecutorService blocking,
      ExecutorService measuring) {
    this.client = client;
    this.settings = settings;
    this.runtime = runtime;
    this.blocking = blocking;
    this.measuring = measuring;
  }

  static AnalysisWiring create(
      KubernetesClient client, Config config, Clock clock, Settings settings) {
    var env = System.getenv();
    String controllerNs = env.getOrDefault("POD_NAMESPACE", DEFAULT_CONTROLLER_NAMESPACE);
    ExecutorService blocking = Executors.newFixedThreadPool(BLOCKING_THREADS, daemon("analysis"));
    ExecutorService measuring = Executors.newFixedThreadPool(MEASURING_THREADS, daemon("measure"));
    AnalysisRuntime runtime =
        new AnalysisRuntime(
            KubeAnalysisEnvironment.standard(client, clock, env, controllerNs),
            clock,
            blocking,
            measuring,
            config.getInt("stepwise.journal.snapshot-every"));
    return new AnalysisWiring(client, settings, runtime, blocking, measuring);
  }

  AnalysisRuntime runtime() {
    return runtime;
  }

  /** Starts the informer whose user-created runs become sharded entities on {@code system}. */
  void startWatching(ActorSystem<?> system) {
    AnalysisRunWatcher.Sink sink =
        new AnalysisRunWatcher.Sink() {
          @Override
          public void resume(String namespace, String name, String uid) {
            tell(new AnalysisRunKey(namespace, name, uid), new AnalysisRunBehavior.Resume());
          }

          @Override
          public void terminate(String namespace, String name, String uid) {
            tell(
                new AnalysisRunKey(namespace, name, uid),
                new AnalysisRunner.Terminate("spec.terminate"));
          }

          @Override
          public void deleted(String namespace, String name, String uid) {
            tell(new AnalysisRunKey(namespace, name, uid), new AnalysisRunBehavior.ObjectDeleted());
          }

          private void tell(AnalysisRunKey key, Object message) {
            AnalysisRunEntity.tell(system, key, message);
          }
        };
    watcher =
        new AnalysisRunWatcher(client, sink, settings.namespace(), settings.resync().toMillis());
    watcher.start();
  }

  void closeWatcher() {
    if (watcher != null) {
      watcher.close();
    }
  }

  @Override
  public void close() {
    closeWatcher();
    measuring.shutdownNow();
    blocking.shutdown();
    try {
      blocking.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemon(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "stepwise-" + prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
