package dev.stepwise.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
  public static boolean minorOnly(RolloutStatusView writtenView, RolloutStatusView wantedView) {
    if (writtenView == null || wantedView == null) {
      return false;
    }
    // compared as written: a condition that changed in this very decision carries "now" to the
    // nanosecond, the API server keeps seconds (and a write made of that difference alone went out
    // right behind the one it repeated: 0.6 writes per canary update in the benchmark)
    RolloutStatusView written = atSeconds(writtenView);
    RolloutStatusView wanted = atSeconds(wantedView);
    if (wanted.equals(written)) {
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

  /**
   * True when no pod became ready or available (or stopped being so) between {@code written} and
   * {@code wanted}: the counts moved only as pods were created or went away. Nobody acts on a pod
   * that exists and is not ready yet, so such a change can wait longer than one in readiness.
   */
  public static boolean readinessUnchanged(RolloutStatusView written, RolloutStatusView wanted) {
    return written != null
        && wanted != null
        && written.readyReplicas() == wanted.readyReplicas()
        && written.availableReplicas() == wanted.availableReplicas();
  }

  /** {@code s} with its times in whole seconds, as the API server keeps them. */
  static RolloutStatusView atSeconds(RolloutStatusView s) {
    return new RolloutStatusView(
        s.phase(),
        s.message(),
        s.observedGeneration(),
        s.currentPodHash(),
        s.stableRS(),
        s.currentStepIndex(),
        s.currentStepHash(),
        s.pauseConditions() == null
            ? null
            : s.pauseConditions().stream()
                .map(p -> new RolloutStatusView.PauseCondition(p.reason(), seconds(p.startTime())))
                .toList(),
        s.controllerPause(),
        s.abort(),
        seconds(s.abortedAt()),
        s.promoteFull(),
        s.replicas(),
        s.updatedReplicas(),
        s.readyReplicas(),
        s.availableReplicas(),
        s.hpaReplicas(),
        s.selector(),
        s.conditions() == null
            ? null
            : s.conditions().stream()
                .map(
                    c ->
                        new ConditionView(
                            c.type(),
                            c.status(),
                            c.reason(),
                            c.message(),
                            seconds(c.lastTransitionTime()),
                            seconds(c.lastUpdateTime())))
                .toList(),
        s.blueGreen(),
        s.analysisRuns());
  }

  private static Instant seconds(Instant t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS);
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
