package dev.stepwise.domain;

import java.util.List;

/**
 * Which status changes can wait a moment. Replica counts move with every pod that starts, becomes
 * ready or terminates, and the Progressing condition and status message follow the progress in
 * between; a write for each is waste when the next transition is a moment away. Everything users
 * and tools act on (phase, step, pause, abort, revision, the other conditions, and Progressing
 * turning False, which Argo CD reports as Degraded) goes out at once.
 */
public final class StatusChanges {
  private StatusChanges() {}

  /**
   * True when {@code wanted} differs from {@code written} only in replica counts, the status
   * message and a Progressing condition that is not False.
   */
  public static boolean minorOnly(RolloutStatusView written, RolloutStatusView wanted) {
    if (written == null || wanted == null || wanted.equals(written)) {
      return false;
    }
    ConditionView progressing = progressing(wanted.conditions());
    if (progressing != null && "False".equals(progressing.status())) {
      return false;
    }
    RolloutStatusView normalized =
        new RolloutStatusView(
            wanted.phase(),
            written.message(),
            wanted.observedGeneration(),
            wanted.currentPodHash(),
            wanted.stableRS(),
            wanted.currentStepIndex(),
            wanted.currentStepHash(),
            wanted.pauseConditions(),
            wanted.controllerPause(),
            wanted.abort(),
            wanted.abortedAt(),
            wanted.promoteFull(),
            written.replicas(),
            written.updatedReplicas(),
            written.readyReplicas(),
            written.availableReplicas(),
            written.hpaReplicas(),
            wanted.selector(),
            withProgressing(wanted.conditions(), progressing(written.conditions())),
            wanted.blueGreen(),
            wanted.analysisRuns());
    return normalized.equals(written);
  }

  private static ConditionView progressing(List<ConditionView> conditions) {
    return conditions == null ? null : Conditions.find(conditions, Conditions.PROGRESSING);
  }

  /** {@code conditions} with its Progressing condition replaced by {@code replacement}. */
  private static List<ConditionView> withProgressing(
      List<ConditionView> conditions, ConditionView replacement) {
    if (conditions == null || replacement == null) {
      return conditions;
    }
    return conditions.stream()
        .map(c -> Conditions.PROGRESSING.equals(c.type()) ? replacement : c)
        .toList();
  }

  /**
   * True when {@code desired} asks for no ReplicaSet or Service change against what is observed: a
   * status write is then all an apply would do.
   */
  public static boolean onlyStatus(Desired desired, List<ReplicaSetView> observed) {
    if (desired.defaultReplicas()
        || !desired.deleteReplicaSets().isEmpty()
        || !desired.services().isEmpty()
        || !desired.scaleDownDeadlines().isEmpty()) {
      return false;
    }
    for (Desired.ReplicaSetTarget target : desired.replicaSets()) {
      boolean settled =
          observed.stream()
              .anyMatch(
                  rs ->
                      target.podTemplateHash().equals(rs.podTemplateHash())
                          && rs.specReplicas() == target.replicas()
                          && rs.revision() == target.revision()
                          && !rs.deleting());
      if (!settled) {
        return false;
      }
    }
    return true;
  }
}
