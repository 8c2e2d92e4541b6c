package dev.stepwise.sandbox;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated cluster behind an API server: plays the ReplicaSet controller, the kubelet and the
 * garbage collector against any KubernetesClient (meant for the embedded server only). All work
 * runs on one thread, so the simulated controllers never race each other; an API error is logged
 * and retried, never fatal.
 */
public final class ClusterSimulator implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterSimulator.class);
  private static final Duration RETRY = Duration.ofSeconds(1);

  /**
   * Tunables.
   *
   * @param readyDelay how long after creation a pod becomes Ready
   * @param resyncPeriod how often every ReplicaSet is reconciled anyway
   * @param gcPeriod how often the garbage collector sweeps without being asked
   * @param clock the time written into pod and ReplicaSet status
   */
  public record Settings(
      Duration readyDelay, Duration resyncPeriod, Duration gcPeriod, Clock clock) {
    /** 1 s to ready, 10 s resync, 5 s GC sweep, the system clock. */
    public static Settings defaults() {
      return new Settings(
          Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(5), Clock.systemUTC());
    }

    public Settings withReadyDelay(Duration delay) {
      return new Settings(delay, resyncPeriod, gcPeriod, clock);
    }
  }

  private final KubernetesClient client;
  private final ScheduledExecutorService executor;
  private final ReplicaSetController replicaSets;
  private final GarbageCollector gc;
  private final JobController jobs;
  private final Duration jobDelay;
  private final Set<String> pending = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean sweepPending = new AtomicBoolean();
  private final List<SharedIndexInformer<?>> informers = new ArrayList<>();
  private final SharedIndexInformer<ReplicaSet> replicaSetInformer;
  private final SharedIndexInformer<Pod> podInformer;
  // a pod created or deleted here counts before the pod cache shows it (see PodExpectations)
  private final PodExpectations expectations =
      new PodExpectations(Duration.ofSeconds(30), System::nanoTime);

  private ClusterSimulator(KubernetesClient client, Settings settings) {
    this.client = client;
    this.executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sandbox-cluster-simulator");
              t.setDaemon(true);
              return t;
            });
    this.replicaSetInformer =
        client
            .apps()
            .replicaSets()
            .inAnyNamespace()
            .runnableInformer(settings.resyncPeriod().toMillis());
    this.podInformer = client.pods().inAnyNamespace().runnableInformer(0);
    podInformer.addIndexers(
        Map.of(ReplicaSetController.BY_CONTROLLER, ReplicaSetController::controllerUid));
    Kubelet kubelet =
        new Kubelet(
            client,
            podInformer.getStore(),
            executor,
            settings.readyDelay(),
            settings.clock(),
            this::guarded);
    this.replicaSets =
        new ReplicaSetController(
            client,
            replicaSetInformer.getStore(),
            podInformer.getIndexer(),
            expectations,
            kubelet,
            settings.clock(),
            this::enqueueAfter);
    this.gc = new GarbageCollector(client);
    this.jobs = new JobController(client, settings.clock());
    this.jobDelay = settings.readyDelay();
  }

  /** Starts watching and simulating; returns without waiting for the first reconcile. */
  public static ClusterSimulator start(KubernetesClient client, Settings settings) {
    ClusterSimulator sim = new ClusterSimulator(client, settings);
    sim.startInformers();
    long gcMillis = settings.gcPeriod().toMillis();
    sim.executor.scheduleWithFixedDelay(
        () -> sim.guarded(sim.gc::sweep), gcMillis, gcMillis, TimeUnit.MILLISECONDS);
    return sim;
  }

  @Override
  public void close() {
    informers.forEach(SharedIndexInformer::stop);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void startInformers() {
    replicaSetInformer.addEventHandler(
        handler(
            rs -> {
              if (rs.getMetadata().getDeletionTimestamp() != null
                  || replicaSetInformer.getStore().getByKey(key(rs)) == null) {
                expectations.forget(rs.getMetadata().getUid());
              }
              enqueue(rs);
            }));
    informers.add(replicaSetInformer);
    podInformer.addEventHandler(
        new ResourceEventHandler<>() {
          @Override
          public void onAdd(Pod pod) {
            enqueueOwner(pod);
          }

          @Override
          public void onUpdate(Pod oldPod, Pod newPod) {
            enqueueOwner(newPod);
          }

          @Override
          public void onDelete(Pod pod, boolean deletedFinalStateUnknown) {
            // a pod created here and gone before the cache showed it is no longer waited for
            PodStates.controllerOf(pod)
                .ifPresent(ref -> expectations.gone(ref.getUid(), pod.getMetadata().getName()));
            enqueueOwner(pod);
            requestSweep();
          }
        });
    informers.add(podInformer);
    gc.cache("pods", podInformer.getStore());
    gc.cache("replicasets", replicaSetInformer.getStore());
    for (GarbageCollector.Kind kind : GarbageCollector.OWNERS) {
      if (gc.caches(kind.plural())) {
        continue;
      }
      var owners =
          client.genericKubernetesResources(kind.context()).inAnyNamespace().runnableInformer(0);
      owners.addEventHandler(handler(o -> {}));
      informers.add(owners);
      gc.cache(kind.plural(), owners.getStore());
    }
    // Jobs finish by image name after the ready delay (rules on JobController)
    SharedIndexInformer<io.fabric8.kubernetes.api.model.batch.v1.Job> jobInformer =
        client.batch().v1().jobs().inAnyNamespace().runnableInformer(0);
    jobInformer.addEventHandler(handler(this::scheduleJob));
    informers.add(jobInformer);
    for (SharedIndexInformer<?> informer : informers) {
      // keep re-listing after any failure: the simulator must outlive API hiccups
      informer.exceptionHandler((started, t) -> true);
      informer.start();
    }
  }

  /** Changes reconcile via {@code onChange}; any deletion also asks for a GC sweep. */
  private <T extends HasMetadata> ResourceEventHandler<T> handler(
      java.util.function.Consumer<T> onChange) {
    return new ResourceEventHandler<>() {
      @Override
      public void onAdd(T obj) {
        onChange.accept(obj);
      }

      @Override
      public void onUpdate(T oldObj, T newObj) {
        onChange.accept(newObj);
      }

      @Override
      public void onDelete(T obj, boolean deletedFinalStateUnknown) {
        onChange.accept(obj);
        requestSweep();
      }
    };
  }

  private void enqueueOwner(Pod pod) {
    PodStates.controllerOf(pod)
        .filter(ref -> "ReplicaSet".equals(ref.getKind()))
        .ifPresent(ref -> enqueue(pod.getMetadata().getNamespace() + "/" + ref.getName()));
  }

  private void enqueue(ReplicaSet rs) {
    enqueue(key(rs));
  }

  private static String key(HasMetadata o) {
    return o.getMetadata().getNamespace() + "/" + o.getMetadata().getName();
  }

  private void enqueue(String key) {
    enqueueAfter(key, Duration.ZERO);
  }

  private void enqueueAfter(String key, Duration delay) {
    if (executor.isShutdown()) {
      return;
    }
    if (delay.isZero() && !pending.add(key)) {
      return;
    }
    executor.schedule(
        () -> {
          if (delay.isZero()) {
            pending.remove(key);
          }
          int slash = key.indexOf('/');
          try {
            replicaSets.reconcile(key.substring(0, slash), key.substring(slash + 1));
          } catch (RuntimeException e) {
            LOG.warn("reconcile of ReplicaSet {} failed, retrying: {}", key, e.toString());
            enqueueAfter(key, RETRY);
          }
        },
        delay.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private void scheduleJob(io.fabric8.kubernetes.api.model.batch.v1.Job job) {
    if (executor.isShutdown()) {
      return;
    }
    scheduleJob(job.getMetadata().getNamespace(), job.getMetadata().getName(), jobDelay);
  }

  private void scheduleJob(String ns, String name, Duration delay) {
    executor.schedule(
        () -> {
          try {
            jobs.reconcile(ns, name);
          } catch (RuntimeException e) {
            LOG.warn("Job {}/{} step failed, retrying: {}", ns, name, e.toString());
            if (!executor.isShutdown()) {
              scheduleJob(ns, name, RETRY);
            }
          }
        },
        delay.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private void requestSweep() {
    if (!executor.isShutdown() && sweepPending.compareAndSet(false, true)) {
      executor.schedule(
          () -> {
            sweepPending.set(false);
            guarded(gc::sweep);
          },
          50,
          TimeUnit.MILLISECONDS);
    }
  }

  private void guarded(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      LOG.warn("cluster simulator step failed (will retry): {}", e.toString());
    }
  }

  private void guarded(java.util.function.IntSupplier work) {
    guarded((Runnable) work::getAsInt);
  }
}
