package dev.stepwise.domain;

import dev.stepwise.domain.RolloutCommand.Observe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drives the pure domain like the entity would, against a fake "cluster" whose ReplicaSets reach
 * their desired sizes when told to settle: decide, apply, desired, actuate, observe.
 */
final class FakeCluster {
  static final String NAME = "ro";
  Instant now = Instant.parse("2025-01-01T00:00:00Z");
  RolloutState state = RolloutState.empty();
  final Map<String, ReplicaSetView> replicaSets = new LinkedHashMap<>();
  final List<RolloutEvent> journal = new ArrayList<>();
  List<RolloutEvent> lastEvents = List.of();
  RolloutStatusView status;
  RolloutSpec spec;
  long generation;
  long resourceVersion;

  /** Pod template hashes whose pods never become ready (a bad image). */
  final Set<String> bad = new HashSet<>();

  /** status.restartedAt as the restarter last set it. */
  Instant restartedAt;

  /**
   * (Σ spec.replicas, Σ available) after every actuation, to check the surge/availability budgets.
   */
  final List<int[]> budgets = new ArrayList<>();

  /** The user (or kubectl) applies a spec; the informer reports it with the last written status. */
  List<RolloutEvent> apply(RolloutSpec newSpec) {
    spec = newSpec;
    generation++;
    return observe(writtenStatus(null));
  }

  List<RolloutEvent> observe(ObservedStatus observed) {
    resourceVersion++;
    return send(
        new Observe(
            "ns", NAME, "uid-1", generation, resourceVersion, spec, observed, conditions()));
  }

  List<RolloutEvent> send(RolloutCommand command) {
    Decision d = state.decide(command, context());
    for (RolloutEvent e : d.events()) {
      state = state.apply(e);
    }
    journal.addAll(d.events());
    lastEvents = d.events();
    actuate(state.desired(context()));
    return d.events();
  }

  /** Writes the desired status, as the actuator would, and reports the write back. */
  List<RolloutEvent> statusWritten() {
    resourceVersion++;
    return send(new RolloutCommand.StatusWritten(resourceVersion, status));
  }

  /** Pods become ready until nothing changes any more; returns every event on the way. */
  List<RolloutEvent> settle() {
    List<RolloutEvent> all = new ArrayList<>();
    for (int round = 0; round < 50; round++) {
      boolean changed = false;
      for (ReplicaSetView rs : List.copyOf(replicaSets.values())) {
        int available = bad.contains(rs.podTemplateHash()) ? 0 : rs.specReplicas();
        if (rs.replicas() != rs.specReplicas() || rs.availableReplicas() != available) {
          replicaSets.put(rs.podTemplateHash(), sized(rs, rs.specReplicas(), available));
          changed = true;
        }
      }
      List<RolloutEvent> events = send(new RolloutCommand.ObserveReplicaSets(list()));
      all.addAll(events);
      if (!changed && events.isEmpty()) {
        return all;
      }
    }
    throw new AssertionError("the rollout did not settle");
  }

  List<RolloutEvent> tickAt(Instant at) {
    now = at;
    return send(new RolloutCommand.Tick());
  }

  /** The status as last written, with a user's change on top (null = none). */
  ObservedStatus writtenStatus(String manager) {
    if (status == null) {
      return ObservedStatus.EMPTY;
    }
    return new ObservedStatus(
        status.abort(),
        status.promoteFull(),
        status.pauseConditions().size(),
        status.controllerPause(),
        status.currentStepIndex(),
        status.currentPodHash(),
        status.currentStepHash(),
        manager,
        restartedAt);
  }

  /** The status as last written, with a user's status.abort on top (as the plugin patches it). */
  ObservedStatus writtenStatusWithAbort(boolean abort) {
    ObservedStatus s = writtenStatus("kubectl-argo-rollouts");
    return new ObservedStatus(
        abort,
        s.promoteFull(),
        s.pauseConditionCount(),
        s.controllerPause(),
        s.currentStepIndex(),
        s.currentPodHash(),
        s.currentStepHash(),
        s.manager(),
        s.restartedAt());
  }

  int size(String hash) {
    ReplicaSetView rs = replicaSets.get(hash);
    return rs == null ? 0 : rs.specReplicas();
  }

  Context context() {
    return new Context(now, list(), conditions());
  }

  private List<ConditionView> conditions() {
    return status == null ? List.of() : status.conditions();
  }

  private List<ReplicaSetView> list() {
    return List.copyOf(replicaSets.values());
  }

  private void actuate(Desired desired) {
    for (Desired.ReplicaSetTarget t : desired.replicaSets()) {
      ReplicaSetView rs = replicaSets.get(t.podTemplateHash());
      if (rs == null) {
        rs =
            new ReplicaSetView(
                NAME + "-" + t.podTemplateHash(),
                t.podTemplateHash(),
                t.revision(),
                0,
                0,
                0,
                0,
                now,
                false);
      }
      // Scaling down takes pods away at once; scaling up waits for settle().
      int running = Math.min(rs.replicas(), t.replicas());
      replicaSets.put(
          t.podTemplateHash(),
          new ReplicaSetView(
              rs.name(),
              rs.podTemplateHash(),
              t.revision(),
              t.replicas(),
              running,
              Math.min(rs.readyReplicas(), t.replicas()),
              Math.min(rs.availableReplicas(), t.replicas()),
              rs.created(),
              false));
    }
    desired
        .deleteReplicaSets()
        .forEach(n -> replicaSets.values().removeIf(rs -> rs.name().equals(n)));
    if (desired.status() != null) {
      status = desired.status();
    }
    int spec = replicaSets.values().stream().mapToInt(ReplicaSetView::specReplicas).sum();
    int available = replicaSets.values().stream().mapToInt(ReplicaSetView::availableReplicas).sum();
    budgets.add(new int[] {spec, available});
  }

  /** Lets {@code seconds} pass on the controller's clock. */
  void advance(long seconds) {
    now = now.plusSeconds(seconds);
  }

  private static ReplicaSetView sized(ReplicaSetView rs, int replicas, int available) {
    return new ReplicaSetView(
        rs.name(),
        rs.podTemplateHash(),
        rs.revision(),
        rs.specReplicas(),
        replicas,
        available,
        available,
        rs.created(),
        rs.deleting());
  }
}
