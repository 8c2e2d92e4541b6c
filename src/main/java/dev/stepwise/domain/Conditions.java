package dev.stepwise.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The status.conditions of a basic canary (semantics §1.6, upstream calculateRolloutConditions and
 * checkPausedConditions), keeping each condition's times from the observed object while it does not
 * change. Paused and Healthy appear only once they first become True, as upstream.
 */
final class Conditions {
  static final String PROGRESSING = "Progressing";
  static final String TIMED_OUT = "ProgressDeadlineExceeded";
  static final String ABORTED = "RolloutAborted";

  /** Reasons whose lastUpdateTime is the last progress: the deadline is measured from it. */
  private static final Set<String> TRACKING =
      Set.of("ReplicaSetUpdated", "RolloutResumed", "RolloutRetry", "ReplicaSetNotAvailable");

  private Conditions() {}

  static List<ConditionView> of(
      RolloutState s, CanaryView view, String invalid, ReplicaCounts counts, Context ctx) {
    List<ConditionView> observed =
        ctx.observedConditions() == null ? List.of() : ctx.observedConditions();
    Instant now = ctx.now();
    boolean paused = s.spec().paused() || s.pause() != null;
    boolean healthy = !paused && ProgressDeadline.healthy(s, counts);
    List<ConditionView> out = new ArrayList<>();
    if (invalid != null) {
      out.add(keep(observed, "InvalidSpec", "True", "InvalidSpec", invalid, now));
    }
    if (s.currentHash() != null) {
      out.add(progressing(s, healthy, find(observed, PROGRESSING), now));
    }
    boolean available = counts.available() >= view.replicas();
    out.add(
        keep(
            observed,
            "Available",
            available ? "True" : "False",
            "AvailableReason",
            available
                ? "Rollout has minimum availability"
                : "Rollout does not have minimum availability",
            now));
    ConditionView previousPaused = find(observed, "Paused");
    if (s.abort() != null && previousPaused != null) {
      out.add(previousPaused); // upstream leaves Paused alone while aborted
    } else if (s.abort() == null && (paused || previousPaused != null)) {
      String status = paused ? "True" : "False";
      // upstream's message is "Rollout is paused" whatever the status
      out.add(keep(observed, "Paused", status, "RolloutPaused", "Rollout is paused", now));
    }
    if (healthy) {
      out.add(keep(observed, "Healthy", "True", "RolloutHealthy", "Rollout is healthy", now));
    } else if (find(observed, "Healthy") != null) {
      out.add(keep(observed, "Healthy", "False", "RolloutHealthy", "Rollout is not healthy", now));
    }
    boolean completed = s.currentHash() != null && s.currentHash().equals(s.stableHash());
    String done = completed ? "True" : "False";
    out.add(keep(observed, "Completed", done, "RolloutCompleted", "RolloutCompleted", now));
    return out;
  }

  private static ConditionView progressing(
      RolloutState s, boolean healthy, ConditionView previous, Instant now) {
    String[] c = progressingReason(s, healthy, previous);
    Instant updated;
    if (TRACKING.contains(c[1]) && s.lastProgressAt() != null) {
      updated = s.lastProgressAt();
    } else if (previous != null
        && Objects.equals(previous.status(), c[0])
        && Objects.equals(previous.reason(), c[1])
        && previous.lastUpdateTime() != null) {
      updated = previous.lastUpdateTime();
    } else {
      updated = now;
    }
    // Progressing keeps its transition time while its status stays the same (upstream).
    Instant transition =
        previous != null
                && Objects.equals(previous.status(), c[0])
                && previous.lastTransitionTime() != null
            ? previous.lastTransitionTime()
            : now;
    return new ConditionView(PROGRESSING, c[0], c[1], c[2], transition, updated);
  }

  /** {status, reason, message} of Progressing; the first match wins. */
  private static String[] progressingReason(
      RolloutState s, boolean healthy, ConditionView previous) {
    String rs = "ReplicaSet \"" + s.name() + "-" + s.currentHash() + "\"";
    String before = previous == null ? null : previous.reason();
    if (s.abort() != null) {
      return new String[] {"False", ABORTED, s.abort().message()};
    } else if (s.spec().paused() || s.pause() != null) {
      return new String[] {"Unknown", "RolloutPaused", "Rollout is paused"};
    } else if (healthy) {
      return new String[] {"True", "NewReplicaSetAvailable", rs + " has successfully progressed."};
    } else if (s.progressDeadlineExceeded()) {
      return new String[] {"False", TIMED_OUT, ProgressDeadline.message(s)};
    } else if ("RolloutPaused".equals(before) || stillShown(previous, "RolloutResumed", s)) {
      return new String[] {"Unknown", "RolloutResumed", "Rollout is resumed"};
    } else if (ABORTED.equals(before) || stillShown(previous, "RolloutRetry", s)) {
      return new String[] {"Unknown", "RolloutRetry", "Retrying Rollout after abort"};
    } else if (s.currentHash().equals(s.stableHash())
        && ("NewReplicaSetAvailable".equals(before)
            || stillShown(previous, "ReplicaSetNotAvailable", s))) {
      // a promoted rollout lost availability (pods restarted or evicted)
      return new String[] {
        "True", "ReplicaSetNotAvailable", "Rollout does not have minimum availability"
      };
    }
    return new String[] {"True", "ReplicaSetUpdated", rs + " is progressing."};
  }

  /** A resumed/retry reason stays until the rollout makes progress after it was shown. */
  private static boolean stillShown(ConditionView previous, String reason, RolloutState s) {
    return previous != null
        && reason.equals(previous.reason())
        && (s.lastProgressAt() == null
            || previous.lastUpdateTime() == null
            || !s.lastProgressAt().isAfter(previous.lastUpdateTime()));
  }

  private static ConditionView keep(
      List<ConditionView> observed,
      String type,
      String status,
      String reason,
      String message,
      Instant now) {
    ConditionView previous = find(observed, type);
    if (previous != null
        && Objects.equals(previous.status(), status)
        && Objects.equals(previous.reason(), reason)
        && Objects.equals(previous.message(), message)) {
      return previous;
    }
    boolean same =
        previous != null
            && Objects.equals(previous.status(), status)
            && Objects.equals(previous.reason(), reason);
    Instant transition = same ? previous.lastTransitionTime() : now;
    return new ConditionView(type, status, reason, message, transition, now);
  }

  static ConditionView find(List<ConditionView> observed, String type) {
    for (ConditionView c : observed) {
      if (type.equals(c.type())) {
        return c;
      }
    }
    return null;
  }
}
