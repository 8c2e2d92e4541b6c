package dev.stepwise.sandbox;

import dev.stepwise.kube.PatchTarget;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.cache.Store;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Plays the kubelet: a readiness delay after a pod is created, its status turns Running and Ready,
 * or, when an image contains "bad", Running with a container stuck in CrashLoopBackOff.
 */
final class Kubelet {
  static final String NODE_NAME = "stepwise-sandbox";

  private final KubernetesClient client;
  private final Store<Pod> cache;
  private final ScheduledExecutorService executor;
  private final Duration readyDelay;
  private final Clock clock;
  private final Consumer<Runnable> guarded;
  private final Set<String> scheduled = ConcurrentHashMap.newKeySet();

  /**
   * @param cache the simulator's pod cache: a pod to start is read from it, and from the API server
   *     only when the cache does not hold it yet
   */
  Kubelet(
      KubernetesClient client,
      Store<Pod> cache,
      ScheduledExecutorService executor,
      Duration readyDelay,
      Clock clock,
      Consumer<Runnable> guarded) {
    this.client = client;
    this.cache = cache;
    this.executor = executor;
    this.readyDelay = readyDelay;
    this.clock = clock;
    this.guarded = guarded;
  }

  /** Makes sure a pod that has not started yet gets started once its delay is over. */
  void track(Pod pod) {
    if (isRunning(pod)) {
      return;
    }
    String uid = pod.getMetadata().getUid();
    if (!scheduled.add(uid)) {
      return;
    }
    String ns = pod.getMetadata().getNamespace();
    String name = pod.getMetadata().getName();
    executor.schedule(
        () -> guarded.accept(() -> start(ns, name, uid)),
        readyDelay.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private void start(String ns, String name, String uid) {
    try {
      Pod pod = cache.getByKey(ns + "/" + name);
      if (pod == null) {
        pod = client.pods().inNamespace(ns).withName(name).get();
      }
      if (pod == null
          || !uid.equals(pod.getMetadata().getUid())
          || PodStates.isTerminating(pod)
          || isRunning(pod)) {
        // a second start of a pod already running (tracked again before the cache showed it)
        scheduled.remove(uid);
        return;
      }
      PodStatus status = started(pod, clock.instant());
      String patch = Serialization.asJson(Map.of("status", status));
      client
          .pods()
          .inNamespace(ns)
          .resource(PatchTarget.of(Pod.class, ns, name))
          .subresource("status")
          .patch(
              io.fabric8.kubernetes.client.dsl.base.PatchContext.of(
                  io.fabric8.kubernetes.client.dsl.base.PatchType.JSON_MERGE),
              patch);
      scheduled.remove(uid);
    } catch (RuntimeException e) {
      // let the retry come back through track()
      scheduled.remove(uid);
      throw e;
    }
  }

  private static boolean isRunning(Pod pod) {
    return pod.getStatus() != null && "Running".equals(pod.getStatus().getPhase());
  }

  /** The status a started pod reports: ready, or crash-looping when its image is bad. */
  static PodStatus started(Pod pod, Instant now) {
    boolean bad = PodStates.hasBadImage(pod);
    String t = now.toString();
    String ready = bad ? "False" : "True";
    List<ContainerStatus> containers =
        pod.getSpec().getContainers().stream()
            .map(
                c -> {
                  var b =
                      new ContainerStatusBuilder()
                          .withName(c.getName())
                          .withImage(c.getImage())
                          .withImageID("sandbox://" + c.getImage())
                          .withReady(!bad)
                          .withStarted(!bad)
                          .withRestartCount(bad ? 1 : 0);
                  return bad
                      ? b.withNewState()
                          .withNewWaiting()
                          .withReason("CrashLoopBackOff")
                          .withMessage("back-off restarting failed container " + c.getName())
                          .endWaiting()
                          .endState()
                          .build()
                      : b.withNewState().withNewRunning(t).endState().build();
                })
            .toList();
    return new PodStatusBuilder()
        .withPhase("Running")
        .withHostIP("10.0.0.1")
        .withStartTime(t)
        .withConditions(
            condition("PodScheduled", "True", t, null),
            condition("Initialized", "True", t, null),
            condition("ContainersReady", ready, t, bad ? "ContainersNotReady" : null),
            condition("Ready", ready, t, bad ? "ContainersNotReady" : null))
        .withContainerStatuses(containers)
        .build();
  }

  private static PodCondition condition(String type, String status, String time, String reason) {
    return new PodConditionBuilder()
        .withType(type)
        .withStatus(status)
        .withLastTransitionTime(time)
        .withReason(reason)
        .build();
  }
}
