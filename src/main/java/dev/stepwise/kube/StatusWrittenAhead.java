package dev.stepwise.kube;

import dev.stepwise.domain.RolloutKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The status the controller wrote for each Rollout whose informer has not caught up with that write
 * yet. Without it, every decision made while the watch lags compares against the older cached
 * status, finds it different and writes the same status again (BENCHMARKS.md, "API writes"). An
 * entry lives only until the cache shows the write (the next apply of that rollout removes it), so
 * a fleet at rest holds none.
 */
final class StatusWrittenAhead {
  private record Written(long resourceVersion, Map<String, Object> fields) {}

  private final Map<RolloutKey, Written> ahead = new ConcurrentHashMap<>();

  /**
   * The resourceVersion of our own not-yet-cached write when it already holds {@code wanted}, so
   * there is nothing to write; null otherwise (and the entry is dropped once the cache caught up).
   */
  Long ahead(RolloutKey key, Long cachedRv, Map<String, Object> wanted) {
    Written w = ahead.get(key);
    if (w == null) {
      return null;
    }
    if (cachedRv == null || cachedRv >= w.resourceVersion()) {
      ahead.remove(key, w);
      return null;
    }
    return StatusWriter.sameFields(w.fields(), wanted) ? w.resourceVersion() : null;
  }

  /** Remembers a successful write that produced {@code rv}. */
  void written(RolloutKey key, Long rv, Map<String, Object> fields) {
    if (rv != null) {
      ahead.put(key, new Written(rv, fields));
    }
  }

  /** Forgets a deleted Rollout. */
  void forget(RolloutKey key) {
    ahead.remove(key);
  }

  int size() {
    return ahead.size();
  }
}
