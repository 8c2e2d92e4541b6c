package dev.stepwise.domain;

import java.util.Set;

/** The blue-green parts of .status (semantics §1.5, §1.7 rule 5). */
final class BlueGreenPhase {
  /** Phase messages that come before the blue-green rules, and stay. */
  private static final Set<String> EARLIER =
      Set.of(
          "rollout is restarting",
          "more replicas need to be updated",
          "updated replicas are still becoming available");

  private BlueGreenPhase() {}

  /** Replaces the canary-only rules (old replicas, steps) with the blue-green ones. */
  static String[] refine(String[] phase, BlueGreenView v, ReplicaCounts counts) {
    if (!"Progressing".equals(phase[0]) && !"Healthy".equals(phase[0])) {
      return phase; // Degraded and Paused come first
    }
    if (EARLIER.contains(phase[1])) {
      return phase;
    }
    RolloutState s = v.state();
    String gate = BlueGreenGates.waiting(v);
    if (gate != null) {
      return new String[] {"Progressing", gate};
    }
    if (!s.currentHash().equals(s.bg().activeHash())) {
      return new String[] {"Progressing", "active service cutover pending"};
    }
    if (!v.promoted()) {
      return new String[] {"Progressing", "waiting for post-promotion verification to complete"};
    }
    return new String[] {"Healthy", ""};
  }

  /** HPAReplicas: status.replicas of the active ReplicaSet. */
  static int hpaReplicas(BlueGreenView v) {
    return v.activeRs() == null ? 0 : v.activeRs().replicas();
  }

  /** The active ReplicaSet's selector: the rollout selector plus its hash, keys sorted. */
  static String selector(RolloutSpec spec, BlueGreenView v) {
    String base = StatusProjection.selector(spec);
    String active = v.state().bg().activeHash();
    if (active == null) {
      return base;
    }
    java.util.Map<String, String> labels =
        new java.util.TreeMap<>(
            spec.selectorMatchLabels() == null ? java.util.Map.of() : spec.selectorMatchLabels());
    labels.put("rollouts-pod-template-hash", active);
    StringBuilder b = new StringBuilder();
    labels.forEach((k, val) -> b.append(b.isEmpty() ? "" : ",").append(k).append('=').append(val));
    return base == null ? null : b.toString();
  }

  static RolloutStatusView.BlueGreenStatus status(BlueGreenView v) {
    BlueGreenState bg = v.state().bg();
    return new RolloutStatusView.BlueGreenStatus(
        bg.activeHash(),
        v.spec().hasPreview() ? bg.previewHash() : null,
        v.spec().previewReplicaCount() != null && v.scaleUpPreviewCheckPoint());
  }
}
