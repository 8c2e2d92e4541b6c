package dev.stepwise.sandbox;

import io.fabric8.kubernetes.api.model.Pod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * What the simulated ReplicaSet controller has just done to its pods and its pod cache may not show
 * yet: pods it created that the watch has not delivered, pods it deleted that are still cached.
 * Reading pods from the cache instead of the API server needs this (as the real controller's
 * expectations), or a reconcile right after a create would count too few pods and create more.
 *
 * <p>An expectation ends when the cache catches up, when the pod's deletion is observed, or after
 * {@code ttl}: a create whose ADDED and DELETED both passed before it was recorded would otherwise
 * be counted for ever.
 */
final class PodExpectations {
  private record Expected(Pod pod, long at) {}

  private final Map<String, Map<String, Expected>> created = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Long>> deleted = new ConcurrentHashMap<>();
  private final long ttlNanos;
  private final LongSupplier nanos;

  PodExpectations(Duration ttl, LongSupplier nanos) {
    this.ttlNanos = ttl.toNanos();
    this.nanos = nanos;
  }

  /** The controller created {@code pod} for the ReplicaSet {@code owner} (its uid). */
  void created(String owner, Pod pod) {
    created
        .computeIfAbsent(owner, k -> new ConcurrentHashMap<>())
        .put(pod.getMetadata().getName(), new Expected(pod, nanos.getAsLong()));
  }

  /** The controller deleted the pod named {@code name} of {@code owner}. */
  void deleted(String owner, String name) {
    deleted.computeIfAbsent(owner, k -> new ConcurrentHashMap<>()).put(name, nanos.getAsLong());
  }

  /** The watch reported the pod gone: a create of it is no longer to be waited for. */
  void gone(String owner, String name) {
    Map<String, Expected> mine = created.get(owner);
    if (mine != null) {
      mine.remove(name);
    }
  }

  /** Drops everything about a ReplicaSet that no longer exists. */
  void forget(String owner) {
    created.remove(owner);
    deleted.remove(owner);
  }

  /** The pods of {@code owner}: the cached ones, with this controller's own recent changes. */
  List<Pod> adjust(String owner, List<Pod> cached) {
    long now = nanos.getAsLong();
    Set<String> names =
        cached.stream().map(p -> p.getMetadata().getName()).collect(Collectors.toSet());
    List<Pod> out = new ArrayList<>(cached);
    Map<String, Long> gone = deleted.get(owner);
    if (gone != null) {
      gone.entrySet().removeIf(e -> !names.contains(e.getKey()) || now - e.getValue() > ttlNanos);
      out.removeIf(p -> gone.containsKey(p.getMetadata().getName()));
    }
    Map<String, Expected> made = created.get(owner);
    if (made != null) {
      made.entrySet()
          .removeIf(e -> names.contains(e.getKey()) || now - e.getValue().at() > ttlNanos);
      made.values().forEach(e -> out.add(e.pod()));
    }
    return out;
  }
}
