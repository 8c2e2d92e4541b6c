package dev.stepwise.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The status.conditions of a basic canary (semantics §1.6), keeping each condition's times from the
 * observed object while it does not change.
 */
final class Conditions {
  private Conditions() {}

  static List<ConditionView> of(
      RolloutState s, CanaryView view, String invalid, String phase, int available, Context ctx) {
    List<ConditionView> observed =
        ctx.observedConditions() == null ? List.of() : ctx.observedConditions();
    List<ConditionView> out = new ArrayList<>();
    if (invalid != null) {
      out.add(keep(observed, "InvalidSpec", "True", "InvalidSpec", invalid, ctx.now()));
    }
    if (s.currentHash() != null) {
      out.add(progressing(s, observed, ctx.now()));
    }
    boolean minAvailable = available >= view.replicas();
    out.add(
        keep(
            observed,
            "Available",
            minAvailable ? "True" : "False",
            "AvailableReason",
            minAvailable
                ? "Rollout has minimum availability"
                : "Rollout does not have minimum availability",
            ctx.now()));
    boolean paused = s.spec().paused() || s.pause() != null;
    out.add(
        keep(
            observed,
            "Paused",
            paused ? "True" : "False",
            "RolloutPaused",
            paused ? "Rollout is paused" : "Rollout is resumed",
            ctx.now()));
    boolean healthy = "Healthy".equals(phase);
    out.add(
        keep(
            observed,
            "Healthy",
            healthy ? "True" : "False",
            "RolloutHealthy",
            healthy ? "Rollout is healthy" : "Rollout is not healthy",
            ctx.now()));
    boolean completed = s.currentHash() != null && s.currentHash().equals(s.stableHash());
    out.add(
        keep(
            observed,
            "Completed",
            completed ? "True" : "False",
            "RolloutCompleted",
            "RolloutCompleted",
            ctx.now()));
    return out;
  }

  private static ConditionView progressing(
      RolloutState s, List<ConditionView> observed, Instant now) {
    String rs = "ReplicaSet \"" + s.name() + "-" + s.currentHash() + "\"";
    ConditionView previous = find(observed, "Progressing");
    String[] c;
    if (s.abort() != null) {
      c = new String[] {"False", "RolloutAborted", s.abort().message()};
    } else if (s.spec().paused() || s.pause() != null) {
      c = new String[] {"Unknown", "RolloutPaused", "Rollout is paused"};
    } else if (s.currentHash().equals(s.stableHash())) {
      c = new String[] {"True", "NewReplicaSetAvailable", rs + " has successfully progressed."};
    } else if (stillShown(previous, "RolloutRetry", s)) {
      c = new String[] {"Unknown", "RolloutRetry", "Retrying Rollout after abort"};
    } else if (stillShown(previous, "RolloutResumed", s)
        || previous != null && "RolloutPaused".equals(previous.reason())) {
      c = new String[] {"Unknown", "RolloutResumed", "Rollout is resumed"};
    } else if (previous != null && "RolloutAborted".equals(previous.reason())) {
      c = new String[] {"Unknown", "RolloutRetry", "Retrying Rollout after abort"};
    } else {
      c = new String[] {"True", "ReplicaSetUpdated", rs + " is progressing."};
    }
    Instant updated = s.lastProgressAt() == null ? now : s.lastProgressAt();
    // Progressing keeps its transition time while its status stays the same (upstream).
    Instant transition =
        previous != null
                && Objects.equals(previous.status(), c[0])
                && previous.lastTransitionTime() != null
            ? previous.lastTransitionTime()
            : now;
    return new ConditionView("Progressing", c[0], c[1], c[2], transition, updated);
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

  private static ConditionView find(List<ConditionView> observed, String type) {
    for (ConditionView c : observed) {
      if (type.equals(c.type())) {
        return c;
      }
    }
    return null;
  }
}
