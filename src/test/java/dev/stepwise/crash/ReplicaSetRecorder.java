package dev.stepwise.crash;

import dev.stepwise.kube.Rollouts;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Watches the ReplicaSets of every rollout from the test JVM and keeps, per rollout, every state
 * they went through: spec and available replicas of each ReplicaSet after each change.
 */
final class ReplicaSetRecorder implements AutoCloseable {
  /** Spec and available replicas of one ReplicaSet. */
  record Size(int spec, int available) {}

  /** The rollout's ReplicaSets (by pod template hash) after one change. */
  record Snapshot(Map<String, Size> byHash) {
    Size of(String hash) {
      return byHash.getOrDefault(hash, new Size(0, 0));
    }
  }

  private final Map<String, Map<String, Size>> current = new TreeMap<>();
  private final Map<String, List<Snapshot>> history = new TreeMap<>();
  private final Watch watch;

  ReplicaSetRecorder(KubernetesClient client, String namespace) {
    this.watch =
        client
            .apps()
            .replicaSets()
            .inNamespace(namespace)
            .withLabel(Rollouts.HASH_LABEL)
            .watch(
                new Watcher<>() {
                  @Override
                  public void eventReceived(Action action, ReplicaSet rs) {
                    record(action, rs);
                  }

                  @Override
                  public void onClose(WatcherException cause) {}
                });
  }

  private synchronized void record(Watcher.Action action, ReplicaSet rs) {
    var owners = rs.getMetadata().getOwnerReferences();
    if (owners == null || owners.isEmpty()) {
      return;
    }
    String rollout = owners.get(0).getName();
    String hash = rs.getMetadata().getLabels().get(Rollouts.HASH_LABEL);
    Map<String, Size> sizes = current.computeIfAbsent(rollout, r -> new TreeMap<>());
    if (action == Watcher.Action.DELETED) {
      sizes.remove(hash);
    } else {
      int spec = rs.getSpec().getReplicas() == null ? 0 : rs.getSpec().getReplicas();
      Integer available = rs.getStatus() == null ? null : rs.getStatus().getAvailableReplicas();
      sizes.put(hash, new Size(spec, available == null ? 0 : available));
    }
    history.computeIfAbsent(rollout, r -> new ArrayList<>()).add(new Snapshot(Map.copyOf(sizes)));
  }

  /** Every state the rollout's ReplicaSets went through, oldest first. */
  synchronized List<Snapshot> history(String rollout) {
    return List.copyOf(history.getOrDefault(rollout, List.of()));
  }

  @Override
  public void close() {
    watch.close();
  }
}
