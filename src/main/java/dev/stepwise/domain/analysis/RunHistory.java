package dev.stepwise.domain.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which old (non-current) runs of a rollout to delete (upstream §3.14 history): those whose
 * ReplicaSet is gone or being deleted, and beyond the newest N successful and N unsuccessful.
 */
public final class RunHistory {
  /** Upstream's default successfulRunHistoryLimit and unsuccessfulRunHistoryLimit. */
  public static final int DEFAULT_LIMIT = 5;

  private RunHistory() {}

  /** One old run: its name, {@code rollouts-pod-template-hash} label, phase and creation time. */
  public record OldRun(String name, String podTemplateHash, AnalysisPhase phase, Instant created) {}

  /**
   * The runs to delete, newest first.
   *
   * @param liveHashes pod template hashes of the rollout's ReplicaSets that exist and are not being
   *     deleted
   */
  public static List<OldRun> toDelete(
      List<OldRun> oldRuns, Set<String> liveHashes, int successfulLimit, int unsuccessfulLimit) {
    List<OldRun> newestFirst = new ArrayList<>(oldRuns);
    newestFirst.sort(
        Comparator.comparing(
                OldRun::created, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .reversed());
    List<OldRun> delete = new ArrayList<>();
    int successful = 0;
    int unsuccessful = 0;
    for (OldRun run : newestFirst) {
      String hash = run.podTemplateHash();
      if (hash == null || hash.isEmpty() || !liveHashes.contains(hash)) {
        delete.add(run);
      } else if (run.phase() == AnalysisPhase.SUCCESSFUL) {
        if (successful < successfulLimit) {
          successful++;
        } else {
          delete.add(run);
        }
      } else if (unsuccessful < unsuccessfulLimit) {
        unsuccessful++; // anything but Successful counts as unsuccessful, as upstream
      } else {
        delete.add(run);
      }
    }
    return delete;
  }
}
