package dev.stepwise.bench;

import dev.stepwise.domain.CommandSink;
import dev.stepwise.domain.Desired;
import dev.stepwise.domain.KubeEvents;
import dev.stepwise.domain.ReplicaSetView;
import dev.stepwise.domain.RolloutActuator;
import dev.stepwise.domain.RolloutCommand;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.domain.RolloutState;
import dev.stepwise.kube.SpecDecoder;
import dev.stepwise.kube.StatusFields;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.LongSupplier;

/**
 * An in-process fake of the Kubernetes API at the kube boundary, for when the embedded API server
 * is the bottleneck: it stands in for the watcher (it sends the entities the same Observe commands,
 * decoded by the real SpecDecoder) and for the actuator (it applies desired state to in-memory
 * Rollouts and ReplicaSets, whose pods are ready at once, and counts the writes a real actuator
 * would make). Status writes are conditional on the resourceVersion, as on a real server.
 */
final class FakeCluster implements RolloutActuator {
  private static final class Ro {
    GenericKubernetesResource obj;
    long rv;
    final Map<String, ReplicaSetView> sets = new LinkedHashMap<>();
  }

  /** {@code -Dstepwise.bench.trace=true} (the first rollout) or a rollout's name. */
  private static final String TRACED = traced();

  private final Map<RolloutKey, Ro> rollouts = new ConcurrentHashMap<>();
  private final SpecDecoder decoder = new SpecDecoder();
  private final ExecutorService executor;
  private final Map<String, Long> changed = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.LongAdder rsWrites =
      new java.util.concurrent.atomic.LongAdder();
  private final java.util.concurrent.atomic.LongAdder statusWrites =
      new java.util.concurrent.atomic.LongAdder();
  private final java.util.concurrent.atomic.LongAdder eventWrites =
      new java.util.concurrent.atomic.LongAdder();
  private final java.util.concurrent.atomic.LongAdder applies =
      new java.util.concurrent.atomic.LongAdder();
  private final java.util.Set<RolloutKey> appliedSince = ConcurrentHashMap.newKeySet();
  private volatile CommandSink sink;
  private volatile Latencies latencies = new Latencies();
  private final java.util.concurrent.atomic.AtomicLong rvCounter =
      new java.util.concurrent.atomic.AtomicLong(1000);

  FakeCluster(ExecutorService executor) {
    this.executor = executor;
  }

  void connect(CommandSink sink) {
    this.sink = sink;
  }

  static RolloutKey key(int i) {
    return new RolloutKey(Fleet.NAMESPACE, Fleet.name(i));
  }

  /**
   * Creates Rollout {@code i} and lets its entity observe it (ReplicaSets first, as the watcher).
   */
  void create(int i, String tag) {
    GenericKubernetesResource obj =
        Serialization.unmarshal(Fleet.manifest(i, tag, "5s"), GenericKubernetesResource.class);
    obj.getMetadata().setUid(java.util.UUID.randomUUID().toString());
    obj.getMetadata().setGeneration(1L);
    obj.getMetadata().setCreationTimestamp(Instant.now().toString());
    Ro ro = new Ro();
    synchronized (ro) {
      ro.obj = obj;
      ro.rv = rvCounter.incrementAndGet();
      obj.getMetadata().setResourceVersion(Long.toString(ro.rv));
      rollouts.put(key(i), ro);
    }
    observeAll(key(i));
  }

  /** Changes the image and pause of Rollout {@code i}, as a user's patch would. */
  @SuppressWarnings("unchecked")
  void update(int i, String tag, String pause) {
    Ro ro = rollouts.get(key(i));
    synchronized (ro) {
      GenericKubernetesResource next =
          Serialization.unmarshal(Fleet.manifest(i, tag, pause), GenericKubernetesResource.class);
      next.setMetadata(ro.obj.getMetadata());
      next.getAdditionalProperties().put("status", ro.obj.getAdditionalProperties().get("status"));
      next.getMetadata().setGeneration(ro.obj.getMetadata().getGeneration() + 1);
      ro.obj = next;
      bump(ro);
      changed.put(Fleet.name(i), System.nanoTime());
    }
    sink.tell(key(i), decoder.observe(ro.obj));
  }

  /** Sends the Rollout's ReplicaSets and spec again, as informers do at a (re)start. */
  void observeAll(RolloutKey key) {
    Ro ro = rollouts.get(key);
    RolloutCommand sets;
    RolloutCommand.Observe observe;
    synchronized (ro) {
      sets = new RolloutCommand.ObserveReplicaSets(List.copyOf(ro.sets.values()));
      observe = decoder.observe(ro.obj);
    }
    sink.tell(key, sets);
    sink.tell(key, observe);
  }

  private void bump(Ro ro) {
    ro.rv = rvCounter.incrementAndGet();
    ro.obj.getMetadata().setResourceVersion(Long.toString(ro.rv));
  }

  @Override
  public CompletionStage<Result> apply(
      RolloutKey key,
      RolloutState state,
      Desired desired,
      List<RolloutEvent> newEvents,
      long knownRv) {
    return CompletableFuture.supplyAsync(
        () -> applyNow(key, state, desired, newEvents, knownRv), executor);
  }

  private Result applyNow(
      RolloutKey key,
      RolloutState state,
      Desired desired,
      List<RolloutEvent> newEvents,
      long knownRv) {
    applies.increment();
    appliedSince.add(key);
    Ro ro = rollouts.get(key);
    if (ro == null) {
      return Result.NOTHING;
    }
    boolean setsChanged = false;
    boolean statusChanged = false;
    Result result;
    synchronized (ro) {
      eventWrites.add(KubeEvents.of(state, newEvents).size());
      for (Desired.ReplicaSetTarget t : desired.replicaSets()) {
        String name = key.name() + "-" + t.podTemplateHash();
        ReplicaSetView old = ro.sets.get(name);
        if (old == null || old.specReplicas() != t.replicas()) {
          Long since = changed.remove(key.name());
          if (since != null) {
            latencies.add(since, System.nanoTime() - since);
          }
          rsWrites.increment();
          setsChanged = true;
          Instant created = old == null ? Instant.now() : old.created();
          int n = t.replicas();
          ro.sets.put(
              name,
              new ReplicaSetView(
                  name,
                  t.podTemplateHash(),
                  t.revision(),
                  n,
                  n,
                  n,
                  n,
                  created,
                  false,
                  1)); // desired-replicas: the fleet's spec.replicas
        }
      }
      for (String name : desired.deleteReplicaSets()) {
        if (ro.sets.remove(name) != null) {
          rsWrites.increment();
          setsChanged = true;
        }
      }
      if (desired.status() == null || knownRv <= 0) {
        result = Result.NOTHING;
      } else {
        Map<String, Object> wanted = StatusFields.of(desired.status());
        if (StatusFields.upToDate(ro.obj, wanted)) {
          result = new Result(ro.rv, desired.status(), false, null);
        } else if (knownRv != ro.rv) {
          result = new Result(null, null, true, "conflict");
        } else {
          Map<String, Object> status =
              new LinkedHashMap<>(
                  dev.stepwise.bench.FakeCluster.map(
                      ro.obj.getAdditionalProperties().get("status")));
          wanted.forEach(
              (k, v) -> {
                if (v == null) {
                  status.remove(k);
                } else {
                  status.put(k, v);
                }
              });
          if (TRACED.equals("worst")) {
            traces
                .computeIfAbsent(
                    key.name(), k -> new java.util.concurrent.ConcurrentLinkedQueue<>())
                .add(String.valueOf(diffOf(ro, status)));
          }
          if (key.name().equals(TRACED)) {
            System.err.println("status write " + key.name() + ": " + diffOf(ro, status));
          }
          ro.obj.getAdditionalProperties().put("status", status);
          bump(ro);
          statusWrites.increment();
          statusChanged = true;
          result = new Result(ro.rv, desired.status(), false, null);
        }
      }
    }
    // what the informers would deliver after these writes
    if (setsChanged) {
      List<ReplicaSetView> views;
      synchronized (ro) {
        views = List.copyOf(ro.sets.values());
      }
      sink.tell(key, new RolloutCommand.ObserveReplicaSets(views));
    }
    if (statusChanged) {
      RolloutCommand.Observe observe;
      synchronized (ro) {
        observe = decoder.observe(ro.obj);
      }
      sink.tell(key, observe);
    }
    return result;
  }

  private final Map<String, java.util.Queue<String>> traces = new ConcurrentHashMap<>();

  /**
   * With {@code -Dstepwise.bench.trace=worst}: prints the status writes of the most-written
   * rollout.
   */
  void printWorstTrace() {
    traces.entrySet().stream()
        .max(java.util.Comparator.comparingInt(e -> e.getValue().size()))
        .ifPresent(
            e -> {
              System.err.println("most status writes: " + e.getKey() + " " + e.getValue().size());
              e.getValue().forEach(d -> System.err.println("  " + d));
            });
  }

  private static Map<String, Object> diffOf(Ro ro, Map<String, Object> status) {
    Map<String, Object> was = map(ro.obj.getAdditionalProperties().get("status"));
    Map<String, Object> diff = new LinkedHashMap<>();
    status.forEach(
        (k, v) -> {
          if (!String.valueOf(v).equals(String.valueOf(was.get(k)))) {
            diff.put(k, v);
          }
        });
    return diff;
  }

  private static String traced() {
    String v = System.getProperty("stepwise.bench.trace", "");
    return v.equals("true") ? Fleet.name(0) : v;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static String status(Ro ro, String field) {
    Object v = map(ro.obj.getAdditionalProperties().get("status")).get(field);
    return v == null ? null : v.toString();
  }

  /**
   * A count of the rollouts Healthy on a stable ReplicaSet other than the one in {@code before},
   * for polling while a phase runs. A rollout counted once is not looked at again: no rollout
   * changes again within a phase, and a poll over all 10,000 every 50 ms took 7-8% of the CPU
   * samples in a storm (JFR), competing with the controller it measures.
   */
  LongSupplier healthyOnNew(Map<String, String> before) {
    Set<RolloutKey> done = new HashSet<>();
    return () -> {
      for (var e : rollouts.entrySet()) {
        if (done.contains(e.getKey())) {
          continue;
        }
        Ro ro = e.getValue();
        synchronized (ro) {
          String stable = status(ro, "stableRS");
          if ("Healthy".equals(status(ro, "phase"))
              && stable != null
              && stable.equals(status(ro, "currentPodHash"))
              && !stable.equals(before.get(e.getKey().name()))) {
            done.add(e.getKey());
          }
        }
      }
      return done.size();
    };
  }

  long paused() {
    long n = 0;
    for (Ro ro : rollouts.values()) {
      synchronized (ro) {
        if (map(ro.obj.getAdditionalProperties().get("status")).get("pauseConditions")
                instanceof List<?> l
            && !l.isEmpty()) {
          n++;
        }
      }
    }
    return n;
  }

  Map<String, String> stableHashes() {
    Map<String, String> m = new java.util.HashMap<>();
    rollouts.forEach(
        (k, ro) -> {
          synchronized (ro) {
            m.put(k.name(), status(ro, "stableRS"));
          }
        });
    return m;
  }

  /**
   * What is wrong: each Rollout must have {@code revisions} ReplicaSets, only the stable scaled.
   */
  List<String> problems(String tag, int revisions) {
    List<String> problems = new ArrayList<>();
    rollouts.forEach(
        (k, ro) -> {
          synchronized (ro) {
            String stable = status(ro, "stableRS");
            List<ReplicaSetView> scaled =
                ro.sets.values().stream().filter(v -> v.specReplicas() > 0).toList();
            String image =
                String.valueOf(ro.obj.getAdditionalProperties().get("spec"))
                        .contains(":" + tag + "}")
                    ? null
                    : "spec does not run " + tag;
            if (!"Healthy".equals(status(ro, "phase"))) {
              problems.add(k.name() + ": phase " + status(ro, "phase"));
            } else if (ro.sets.size() != Math.min(revisions, 11)) {
              problems.add(k.name() + ": " + ro.sets.size() + " ReplicaSets");
            } else if (scaled.size() != 1
                || !scaled.get(0).podTemplateHash().equals(stable)
                || !stable.equals(decoder.templateHash(ro.obj))) {
              problems.add(k.name() + ": scaled " + scaled + ", stable " + stable);
            } else if (image != null) {
              problems.add(k.name() + ": " + image);
            }
          }
        });
    return problems;
  }

  void resetLatencies() {
    changed.clear();
    latencies = new Latencies();
  }

  Latencies latencies() {
    return latencies;
  }

  long rsWrites() {
    return rsWrites.sum();
  }

  long statusWrites() {
    return statusWrites.sum();
  }

  long eventWrites() {
    return eventWrites.sum();
  }

  /** Forgets which rollouts were applied; {@link #appliedSince()} counts from now. */
  void markRestart() {
    appliedSince.clear();
  }

  /** Rollouts whose entity handed the actuator desired state since {@link #markRestart()}. */
  int appliedSince() {
    return appliedSince.size();
  }

  long applies() {
    return applies.sum();
  }
}
