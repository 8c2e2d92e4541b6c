package dev.stepwise.kube;

import dev.stepwise.domain.Desired;
import dev.stepwise.domain.KubeEvents;
import dev.stepwise.domain.RolloutActuator;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.domain.RolloutSpec;
import dev.stepwise.domain.RolloutState;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an entity's desired state true on the API server: defaults spec.replicas, creates and
 * scales ReplicaSets, deletes old ones, records Events and writes the status. Runs on its own
 * executor because fabric8 calls block; the entity serialises calls per rollout.
 */
public final class KubeActuator implements RolloutActuator {
  private static final Logger log = LoggerFactory.getLogger(KubeActuator.class);

  private final KubernetesClient client;
  private final RolloutWatcher watcher;
  private final RolloutDecoder decoder;
  private final EventRecorder events;
  private final ReplicaSetWriter replicaSets;
  private final StatusWriter status;
  private final ReplicaSetDecorator decorator;
  private final PodRestarter restarter;
  private final WorkloadSync workloads;
  private final ServiceWriter blueGreen;
  private final ExecutorService executor;

  /**
   * Events recorded by an apply that still ended in a retry: the entity hands them again with the
   * retry, and they must not be recorded twice. Only rollouts in a retry have an entry, so a fleet
   * at rest holds nothing here (it used to keep 256 events per rollout: BENCHMARKS.md).
   */
  private final Map<RolloutKey, Set<RolloutEvent>> recordedBeforeRetry = new ConcurrentHashMap<>();

  /** Status writes the Rollout informer has not delivered yet: not to be written twice. */
  private final StatusWrittenAhead writtenAhead = new StatusWrittenAhead();

  public KubeActuator(
      KubernetesClient client,
      RolloutWatcher watcher,
      RolloutDecoder decoder,
      EventRecorder events,
      ExecutorService executor) {
    this.client = client;
    this.watcher = watcher;
    this.decoder = decoder;
    this.events = events;
    this.replicaSets = new ReplicaSetWriter(client, events);
    this.status = new StatusWriter(client);
    this.decorator = new ReplicaSetDecorator(client, watcher);
    this.restarter = new PodRestarter(client, watcher, java.time.Clock.systemUTC());
    this.workloads = new WorkloadSync(client);
    this.blueGreen = new ServiceWriter(client, watcher);
    this.executor = executor;
  }

  @Override
  public CompletionStage<Result> apply(
      RolloutKey key,
      RolloutState state,
      Desired desired,
      List<RolloutEvent> newEvents,
      long knownResourceVersion) {
    return CompletableFuture.supplyAsync(
        () -> applyNow(key, state, desired, newEvents, knownResourceVersion), executor);
  }

  private Result applyNow(
      RolloutKey key,
      RolloutState state,
      Desired desired,
      List<RolloutEvent> newEvents,
      long knownRv) {
    GenericKubernetesResource rollout = watcher.rollout(key);
    if (rollout == null || state.deleted()) {
      recordedBeforeRetry.remove(key);
      writtenAhead.forget(key);
      return Result.NOTHING; // deleted: owned ReplicaSets go with it (garbage collection)
    }
    if (state.uid() != null && !state.uid().equals(rollout.getMetadata().getUid())) {
      return Result.NOTHING; // the cache holds another incarnation; wait for its observation
    }
    boolean eventsRecorded = false;
    try {
      if (desired.defaultReplicas()) {
        defaultReplicas(rollout);
        recordEvents(key, rollout, state, newEvents);
        return Result.NOTHING; // as upstream: default the spec first, reconcile on the update
      }
      var workload = watcher.workload(rollout);
      if (workloads.syncGeneration(rollout, workload)) {
        recordEvents(key, rollout, state, newEvents);
        return Result.NOTHING; // as upstream: annotate first, reconcile on the update
      }
      // the spec the entity planned with: decoding the cached Rollout again on every apply was a
      // third of the decoding on a restart at 10,000 (BENCHMARKS.md)
      RolloutSpec spec = state.spec() != null ? state.spec() : decoder.observe(rollout).spec();
      int specReplicas = spec.replicas() == null ? 1 : spec.replicas();
      ReplicaSetDecorator.Roles roles = roles(rollout, desired);
      applyReplicaSets(key, rollout, desired, roles, specReplicas);
      List<ReplicaSet> owned = watcher.ownedReplicaSets(key);
      blueGreen.deadlines(owned, desired.scaleDownDeadlines());
      blueGreen.services(rollout, desired.services());
      decorator.sync(owned, roles);
      PodRestarter.Outcome restart =
          restarter.reconcile(rollout, spec, owned, roles.stableHash(), roles.currentHash());
      workloads.scaleDown(rollout, workload, desired.status(), specReplicas);
      // Events after the ReplicaSet writes: they are not worth delaying a ReplicaSet write for
      // (the storm's reaction latency, BENCHMARKS.md); an apply whose writes threw before this
      // records none, they travel on with its retry. Before the status write, so a conflict
      // there does not hold them back.
      recordEvents(key, rollout, state, newEvents);
      eventsRecorded = true;
      Result result = writeStatus(key, rollout, desired, knownRv, extras(rollout, restart));
      // a restart in progress or ahead is checked again soon (evictions may be refused for a
      // while, and nothing else wakes the rollout when restartAt arrives)
      boolean recheck =
          restart == PodRestarter.Outcome.IN_PROGRESS || restart == PodRestarter.Outcome.SCHEDULED;
      Result done =
          recheck && !result.retry()
              ? new Result(
                  result.statusResourceVersion(), result.written(), true, "restart in progress")
              : result;
      if (done.retry()) {
        rememberRecorded(key, newEvents);
      }
      return done;
    } catch (KubernetesClientException e) {
      if (eventsRecorded) {
        rememberRecorded(key, newEvents);
      }
      String why =
          e.getCode() == 409 ? "conflict" : "API error " + e.getCode() + ": " + e.getMessage();
      log.info("rollout {}: {}; will retry", key.entityId(), why);
      return new Result(null, null, true, why);
    } catch (RuntimeException e) {
      if (eventsRecorded) {
        rememberRecorded(key, newEvents);
      }
      log.warn("rollout {}: actuation failed: {}", key.entityId(), e.toString(), e);
      return new Result(null, null, true, e.toString());
    }
  }

  /** The retry of this apply hands {@code events} again: they are recorded already. */
  private void rememberRecorded(RolloutKey key, List<RolloutEvent> events) {
    recordedBeforeRetry.put(key, new java.util.HashSet<>(events));
  }

  private void recordEvents(
      RolloutKey key,
      GenericKubernetesResource rollout,
      RolloutState state,
      List<RolloutEvent> newEvents) {
    // The entity hands the same events again when it retries an apply that recorded them and
    // then failed or asked for a retry (a 409 on the status, a restart in progress); those are
    // recorded once. Calls for one rollout never overlap.
    Set<RolloutEvent> recorded = recordedBeforeRetry.remove(key);
    List<RolloutEvent> fresh =
        recorded == null
            ? newEvents
            : newEvents.stream().filter(e -> !recorded.contains(e)).toList();
    // KubeEvents reads only the step count from the state it is given; the state after the
    // events is as good as the one before for that
    for (KubeEvents.KubeEvent k : KubeEvents.of(state, fresh)) {
      events.record(rollout, k.type(), k.reason(), k.message());
    }
  }

  private void defaultReplicas(GenericKubernetesResource rollout) {
    Rollouts.of(client)
        .inNamespace(rollout.getMetadata().getNamespace())
        .resource(
            PatchTarget.rollout(
                rollout.getMetadata().getNamespace(), rollout.getMetadata().getName()))
        .patch(
            io.fabric8.kubernetes.client.dsl.base.PatchContext.of(
                io.fabric8.kubernetes.client.dsl.base.PatchType.JSON_MERGE),
            "{\"spec\":{\"replicas\":1}}");
  }

  private static ReplicaSetDecorator.Roles roles(
      GenericKubernetesResource rollout, Desired desired) {
    var s = desired.status();
    return ReplicaSetDecorator.Roles.of(
        rollout, s == null ? null : s.stableRS(), s == null ? null : s.currentPodHash());
  }

  /** Status fields written beside the entity's view: restartedAt and the workload generation. */
  private static Map<String, Object> extras(
      GenericKubernetesResource rollout, PodRestarter.Outcome restart) {
    Map<String, Object> extras = new java.util.LinkedHashMap<>();
    if (restart == PodRestarter.Outcome.DONE) {
      extras.put("restartedAt", PodRestarter.restartAt(rollout).toString());
    }
    if (WorkloadRefs.ref(rollout).isPresent()) {
      Map<String, String> annotations = rollout.getMetadata().getAnnotations();
      String generation =
          annotations == null ? null : annotations.get(WorkloadRefs.GENERATION_ANNOTATION);
      if (generation != null) {
        extras.put("workloadObservedGeneration", generation);
      }
    }
    return extras;
  }

  private void applyReplicaSets(
      RolloutKey key,
      GenericKubernetesResource rollout,
      Desired desired,
      ReplicaSetDecorator.Roles roles,
      int specReplicas) {
    String templateHash = decoder.templateHash(rollout);
    for (Desired.ReplicaSetTarget target : desired.replicaSets()) {
      String name = Rollouts.replicaSetName(key.name(), target.podTemplateHash());
      replicaSets.ensure(
          rollout,
          target,
          watcher.replicaSet(key.namespace(), name),
          templateHash,
          specReplicas,
          roles);
    }
    for (String name : desired.deleteReplicaSets()) {
      replicaSets.delete(key.namespace(), name);
    }
  }

  private Result writeStatus(
      RolloutKey key,
      GenericKubernetesResource rollout,
      Desired desired,
      long knownRv,
      Map<String, Object> extras) {
    if (desired.status() == null || knownRv <= 0) {
      return Result.NOTHING;
    }
    Map<String, Object> wanted = StatusWriter.fields(desired.status());
    wanted.putAll(extras);
    if (StatusWriter.upToDate(rollout, wanted)) {
      return new Result(
          parse(rollout.getMetadata().getResourceVersion()), desired.status(), false, null);
    }
    Long ahead = writtenAhead.ahead(key, parse(rollout.getMetadata().getResourceVersion()), wanted);
    if (ahead != null) {
      return new Result(ahead, desired.status(), false, null);
    }
    String rv = status.write(rollout, wanted, knownRv);
    writtenAhead.written(key, parse(rv), wanted);
    return new Result(parse(rv), desired.status(), false, null);
  }

  private static Long parse(String rv) {
    try {
      return rv == null ? null : Long.parseLong(rv);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
