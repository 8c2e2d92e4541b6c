package dev.stepwise.domain;

import dev.stepwise.domain.RolloutEvent.AbortPublished;
import dev.stepwise.domain.RolloutEvent.Aborted;
import dev.stepwise.domain.RolloutEvent.Completed;
import dev.stepwise.domain.RolloutEvent.Deleted;
import dev.stepwise.domain.RolloutEvent.FullPromotionRequested;
import dev.stepwise.domain.RolloutEvent.ManuallyPaused;
import dev.stepwise.domain.RolloutEvent.ManuallyResumed;
import dev.stepwise.domain.RolloutEvent.PauseEnded;
import dev.stepwise.domain.RolloutEvent.PausePublished;
import dev.stepwise.domain.RolloutEvent.PauseStarted;
import dev.stepwise.domain.RolloutEvent.ProgressDeadlineExceeded;
import dev.stepwise.domain.RolloutEvent.ProgressObserved;
import dev.stepwise.domain.RolloutEvent.PromotionGateFinished;
import dev.stepwise.domain.RolloutEvent.Registered;
import dev.stepwise.domain.RolloutEvent.Restarted;
import dev.stepwise.domain.RolloutEvent.Retried;
import dev.stepwise.domain.RolloutEvent.RevisionStarted;
import dev.stepwise.domain.RolloutEvent.ScaleDownDelayEnded;
import dev.stepwise.domain.RolloutEvent.ScaleDownScheduled;
import dev.stepwise.domain.RolloutEvent.ServiceSwitched;
import dev.stepwise.domain.RolloutEvent.SpecChanged;
import dev.stepwise.domain.RolloutEvent.StepCompleted;
import dev.stepwise.domain.RolloutEvent.StepSkipped;
import dev.stepwise.domain.analysis.AnalysisPhase;
import java.util.ArrayList;
import java.util.List;

/**
 * The Kubernetes Events upstream records for what the domain decided (semantics §3.15), so
 * notifications and `kubectl describe` read the same. NewReplicaSetCreated and ScalingReplicaSet
 * come from the actuator, which sees the API calls. Everything but the step count is read from the
 * events themselves, so the state given may be the one before or after them.
 *
 * <p>As upstream: RolloutPaused/RolloutResumed only when pause conditions come and go (not for
 * spec.paused, and no RolloutResumed when a user clears them); no event for a retry or a timeout
 * alone.
 */
public final class KubeEvents {
  private KubeEvents() {}

  /** One Kubernetes Event: type Normal or Warning, reason, message. */
  public record KubeEvent(String type, String reason, String message) {}

  /** The Kubernetes Events for {@code events}, decided from {@code before} in that order. */
  public static List<KubeEvent> of(RolloutState before, List<RolloutEvent> events) {
    List<KubeEvent> out = new ArrayList<>();
    RolloutState s = before;
    KubeEvent resumed = null;
    for (RolloutEvent e : events) {
      if (resumed != null && !(e instanceof StepCompleted)) {
        out.add(resumed);
        resumed = null;
      }
      if (e instanceof PauseEnded p && p.cause().kind() == Cause.Kind.TIMER) {
        // upstream records the completed step first, then sees the pause condition gone
        resumed = normal("RolloutResumed", "Rollout is resumed");
      } else {
        out.addAll(of(s, e));
      }
      if (e instanceof StepCompleted && resumed != null) {
        out.add(resumed);
        resumed = null;
      }
      s = s.apply(e);
    }
    if (resumed != null) {
      out.add(resumed);
    }
    return out;
  }

  private static List<KubeEvent> of(RolloutState s, RolloutEvent event) {
    int steps = Specs.steps(s.spec()).size();
    return switch (event) {
      case RevisionStarted e -> revisionStarted(e, steps);
      case StepCompleted e ->
          List.of(
              normal(
                  "RolloutStepCompleted",
                  "Rollout step "
                      + (e.stepIndex() + 1)
                      + "/"
                      + steps
                      + " completed ("
                      + e.description()
                      + ")"));
      case PauseStarted e ->
          List.of(normal("RolloutPaused", "Rollout is paused (" + e.reason() + ")"));
      case Aborted e -> aborted(e);
      case Completed e ->
          List.of(
              normal(
                  "RolloutCompleted",
                  "Rollout completed update to revision "
                      + e.revision()
                      + " ("
                      + e.podTemplateHash()
                      + "): "
                      + e.reason()));
      case Deleted e ->
          List.of(
              normal(
                  "RolloutDeleted", "Rollout " + s.namespace() + "/" + s.name() + " is deleted."));
      case PauseEnded e -> List.of(); // by a user: the pause conditions were already gone
      case ManuallyPaused e -> List.of();
      case ManuallyResumed e -> List.of();
      case StepSkipped e -> List.of();
      case FullPromotionRequested e -> List.of();
      case Retried e -> List.of();
      case Registered e -> List.of();
      case SpecChanged e -> List.of();
      case PausePublished e -> List.of();
      case AbortPublished e -> List.of();
      case ProgressObserved e -> List.of();
      case ProgressDeadlineExceeded e -> List.of();
      case Restarted e -> List.of();
      case ServiceSwitched e ->
          List.of(
              normal(
                  "SwitchService",
                  "Switched selector for service '"
                      + e.service()
                      + "' from '"
                      + (e.fromHash() == null ? "" : e.fromHash())
                      + "' to '"
                      + e.toHash()
                      + "'"));
      case ScaleDownScheduled e -> List.of();
      case ScaleDownDelayEnded e -> List.of();
      case PromotionGateFinished e -> List.of();
      case RolloutEvent.AnalysisRunRequested e -> List.of();
      case RolloutEvent.AnalysisRunTerminated e -> List.of();
      case RolloutEvent.AnalysisRunReported e -> analysisReported(s, e);
    };
  }

  /**
   * RolloutNotCompleted when a completed rollout starts an update; RolloutUpdated when the new
   * revision's ReplicaSet is created; SkipSteps for a rollback that skips the steps.
   */
  private static List<KubeEvent> revisionStarted(RevisionStarted e, int steps) {
    List<KubeEvent> out = new ArrayList<>();
    if (!e.fastTrack() && e.supersededRevision() == 0) {
      String m = "Rollout not completed, started update to revision " + e.revision();
      out.add(normal("RolloutNotCompleted", m + " (" + e.podTemplateHash() + ")"));
    }
    if (e.existingReplicas() == null) {
      out.add(normal("RolloutUpdated", "Rollout updated to revision " + e.revision()));
    }
    if (e.fastTrack() && steps > 0) {
      out.add(normal("SkipSteps", "Rollback to stable ReplicaSets"));
    } else if (e.withinRollbackWindow() && steps > 0 && active(e)) {
      out.add(normal("SkipSteps", "Rollback to active ReplicaSets within RollbackWindow"));
    }
    return out;
  }

  private static boolean active(RevisionStarted e) {
    return e.existingReplicas() != null && e.existingReplicas() > 0;
  }

  /**
   * A controller's abort is recorded twice upstream: first its reason, then the Progressing message
   * "Rollout aborted update to revision N: reason".
   */
  private static List<KubeEvent> aborted(Aborted e) {
    String prefix = "Rollout aborted update to revision " + e.revision() + ": ";
    boolean byController = e.cause() != null && e.cause().kind() == Cause.Kind.CONTROLLER;
    if (byController && e.message() != null && e.message().startsWith(prefix)) {
      return List.of(
          warning("RolloutAborted", e.message().substring(prefix.length())),
          warning("RolloutAborted", e.message()));
    }
    return List.of(warning("RolloutAborted", e.message()));
  }

  /**
   * Upstream emitAnalysisRunStatusChanges: "AnalysisRun&lt;Phase&gt;" with "&lt;type&gt; Analysis
   * Run 'name' Status New: 'X' Previous: 'Y'", a Warning for Failed and Error.
   */
  private static List<KubeEvent> analysisReported(
      RolloutState s, RolloutEvent.AnalysisRunReported e) {
    AnalysisRuns.Run run = s.analyses().byName(e.runName());
    if (run == null || run.phase() == e.phase()) {
      return List.of();
    }
    String previous =
        run.phase() == null || run.phase() == AnalysisPhase.PENDING
            ? "NoPreviousStatus"
            : run.phase().wire();
    String message =
        run.kind().label()
            + " Analysis Run '"
            + e.runName()
            + "' Status New: '"
            + e.phase().wire()
            + "' Previous: '"
            + previous
            + "'";
    boolean bad = e.phase() == AnalysisPhase.FAILED || e.phase() == AnalysisPhase.ERROR;
    String reason = "AnalysisRun" + e.phase().wire();
    return List.of(bad ? warning(reason, message) : normal(reason, message));
  }

  private static KubeEvent normal(String reason, String message) {
    return new KubeEvent("Normal", reason, message);
  }

  private static KubeEvent warning(String reason, String message) {
    return new KubeEvent("Warning", reason, message);
  }
}
