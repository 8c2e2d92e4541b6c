package dev.stepwise.sandbox;

import io.fabric8.mockwebserver.crud.AttributeSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The embedded API server's recent changes, so that a watch that names the resourceVersion it has
 * seen (an informer after its list, a watch reconnecting) gets the changes after it, as from a real
 * API server's watch cache, and not every stored object again. Before, each watch opened with every
 * matching object as ADDED: a restarted controller decoded its 10,000 Rollouts, their ReplicaSets
 * and pods twice, once from the list and once from the watch (BENCHMARKS.md).
 *
 * <p>Bounded by the characters of the objects it holds; a watch from before the oldest change kept
 * is told its resourceVersion is too old (410 Gone), as a real server does, and the client lists
 * again. Not thread-safe: the dispatcher's lock guards it.
 */
final class WatchHistory {
  /**
   * One change: the object's key and JSON before (null when created) and after (null when gone).
   */
  record Change(
      long resourceVersion, AttributeSet before, String old, AttributeSet after, String now) {
    long chars() {
      return (old == null ? 0 : old.length()) + (now == null ? 0 : now.length());
    }
  }

  private final long maxChars;
  private final Deque<Change> changes = new ArrayDeque<>();
  private long chars;
  // the newest resourceVersion whose change is no longer held
  private long forgottenUpTo;

  WatchHistory(long maxChars) {
    this.maxChars = maxChars;
  }

  void record(Change change) {
    changes.addLast(change);
    chars += change.chars();
    while (chars > maxChars && changes.size() > 1) {
      Change dropped = changes.removeFirst();
      chars -= dropped.chars();
      forgottenUpTo = dropped.resourceVersion();
    }
  }

  /** Forgets every change: watches from before {@code upTo} are gone. */
  void clear(long upTo) {
    changes.clear();
    chars = 0;
    forgottenUpTo = upTo;
  }

  /** The changes after {@code resourceVersion}, in order; empty when some are no longer held. */
  Optional<List<Change>> after(long resourceVersion) {
    if (resourceVersion < forgottenUpTo) {
      return Optional.empty();
    }
    List<Change> out = new ArrayList<>();
    // newest first until the watch's resourceVersion: a reconnecting watch is usually recent
    var it = changes.descendingIterator();
    while (it.hasNext()) {
      Change c = it.next();
      if (c.resourceVersion() <= resourceVersion) {
        break;
      }
      out.add(c);
    }
    return Optional.of(out.reversed());
  }
}
