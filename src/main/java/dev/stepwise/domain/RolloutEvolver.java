package dev.stepwise.domain;

import dev.stepwise.domain.RolloutEvent.AbortPublished;
import dev.stepwise.domain.RolloutEvent.Aborted;
import dev.stepwise.domain.RolloutEvent.AnalysisRunReported;
import dev.stepwise.domain.RolloutEvent.AnalysisRunRequested;
import dev.stepwise.domain.RolloutEvent.AnalysisRunTerminated;
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
import java.util.List;
import java.util.Objects;

/**
 * Applies events to state; pure. Every handler tolerates any prior state (including {@link
 * RolloutState#empty()}), because recovery must never fail on an old or partial journal.
 */
final class RolloutEvolver {
  private RolloutEvolver() {}

  static RolloutState apply(RolloutState state, RolloutEvent event) {
    StateBuilder b = new StateBuilder(state);
    switch (event) {
      case Registered e -> b = onRegistered(state, e);
      case SpecChanged e -> onSpecChanged(b, e);
      case RevisionStarted e -> onRevisionStarted(b, e);
      case StepCompleted e -> advanceTo(b, e.stepIndex() + 1, e.at());
      case PauseStarted e ->
          b.pause = new RolloutState.Pause(e.stepIndex(), e.reason(), e.at(), e.deadline(), false);
      case PausePublished e -> {
        if (b.pause != null) {
          b.pause = withPublished(b.pause);
        }
      }
      case PauseEnded e -> onPauseEnded(b, e);
      case StepSkipped e -> {
        b.stepIndex = Math.max(0, e.toIndex());
        b.pause = null;
        b.progressed(e.at());
      }
      case FullPromotionRequested e -> b.promoteFull = true;
      case Aborted e -> onAborted(b, e);
      case AbortPublished e -> {
        if (b.abort != null) {
          b.abort = new RolloutState.Abort(b.abort.message(), b.abort.at(), true);
        }
      }
      case Retried e -> {
        // new gates for the retried revision, and its abort scale-down is off
        b.blueGreen = b.blueGreen.withDeadline(b.currentHash, null).resetGates();
        b.analysisRuns = b.analysisRuns.allTerminated(); // a retry creates new runs
        b.abort = null;
        b.pause = null;
        b.stepIndex = 0;
        b.progressed(e.at());
      }
      case ManuallyPaused e -> b.spec = Specs.withPaused(b.spec, true);
      // Resuming refreshes Progressing (RolloutResumed), so the time paused never counts against
      // the progress deadline.
      case ManuallyResumed e -> {
        b.spec = Specs.withPaused(b.spec, false);
        b.progressed(e.at());
      }
      case ProgressObserved e -> onProgressObserved(state, b, e);
      case ProgressDeadlineExceeded e -> b.progressDeadlineExceededAt = e.at();
      case Restarted e -> b.restartedAt = e.restartedAt();
      case Completed e -> onCompleted(b, e);
      case ServiceSwitched e -> {
        b.blueGreen =
            "preview".equals(e.role())
                ? b.blueGreen.withPreview(e.toHash())
                : b.blueGreen.withActive(e.toHash());
        b.progressed(e.at()); // upstream counts a selector change as progress
      }
      case ScaleDownScheduled e ->
          b.blueGreen = b.blueGreen.withDeadline(e.podTemplateHash(), e.deadline());
      case ScaleDownDelayEnded e ->
          b.blueGreen = b.blueGreen.withDeadline(e.podTemplateHash(), null);
      case PromotionGateFinished e -> b.blueGreen = b.blueGreen.withGate(e.gate(), e.successful());
      case AnalysisRunRequested e -> b.analysisRuns = b.analysisRuns.requested(e.request());
      case AnalysisRunReported e ->
          b.analysisRuns = b.analysisRuns.reported(e.runName(), e.phase(), e.message());
      case AnalysisRunTerminated e -> b.analysisRuns = b.analysisRuns.terminated(e.runName());
      case Deleted e -> {
        if (b.uid == null || Objects.equals(b.uid, e.uid())) {
          b.uid = null;
          b.deleted = true;
        }
      }
    }
    return b.build();
  }

  private static StateBuilder onRegistered(RolloutState state, Registered e) {
    if (Objects.equals(state.uid(), e.uid()) && !state.deleted()) {
      StateBuilder same = new StateBuilder(state);
      same.namespace = e.namespace();
      same.name = e.name();
      return same;
    }
    // A new uid is a new object: nothing of the previous incarnation's rollout carries over
    // (its ReplicaSets were garbage-collected with it); only the count of incarnations does.
    StateBuilder fresh = new StateBuilder(RolloutState.empty());
    fresh.namespace = e.namespace();
    fresh.name = e.name();
    fresh.uid = e.uid();
    fresh.incarnation = state.incarnation() + 1;
    return fresh;
  }

  private static void onSpecChanged(StateBuilder b, SpecChanged e) {
    RolloutSpec old = b.spec;
    b.spec = e.spec();
    b.generation = e.generation();
    boolean stepsChanged =
        old != null && !Objects.equals(Specs.stepsHash(old), Specs.stepsHash(e.spec()));
    if (stepsChanged && b.currentHash != null) {
      // Upstream resets the step status when the steps change (rolloutCanary step 1); a fully
      // promoted rollout stays at the end of the new steps.
      b.stepIndex = Objects.equals(b.currentHash, b.stableHash) ? Specs.steps(e.spec()).size() : 0;
      b.pause = null;
      b.abort = null;
      b.promoteFull = false;
      b.progressed(e.at());
    } else if (b.stepIndex > Specs.steps(e.spec()).size()) {
      b.stepIndex = Specs.steps(e.spec()).size();
    }
  }

  private static void onRevisionStarted(StateBuilder b, RevisionStarted e) {
    b.currentHash = e.podTemplateHash();
    b.currentRevision = e.revision();
    b.maxRevision = Math.max(b.maxRevision, e.revision());
    // the ReplicaSet is new again: no scale-down for it, and its gates start over
    b.blueGreen = b.blueGreen.withDeadline(e.podTemplateHash(), null).resetGates();
    b.analysisRuns = b.analysisRuns.newRevision();
    if (e.fastTrack() || Objects.equals(e.podTemplateHash(), b.stableHash)) {
      // Re-using the stable ReplicaSet raises its revision to the new number (as upstream).
      b.stableHash = e.podTemplateHash();
      b.stableRevision = e.revision();
      b.stepIndex = Specs.steps(b.spec).size();
    } else {
      b.stepIndex = e.withinRollbackWindow() ? Specs.steps(b.spec).size() : 0;
    }
    b.rollbackWithinWindow = e.withinRollbackWindow() && !e.fastTrack();
    b.pause = null;
    b.abort = null;
    b.promoteFull = false;
    b.revisionStartedAt = e.at();
    b.progressed(e.at());
  }

  /**
   * Progress is what upstream's RolloutProgressing sees between two statuses; a promoted rollout
   * that stops being healthy also refreshes Progressing (ReplicaSetNotAvailable), so the deadline
   * counts from then rather than from its last update.
   */
  private static void onProgressObserved(RolloutState s, StateBuilder b, ProgressObserved e) {
    ReplicaCounts before = b.observedCounts == null ? ReplicaCounts.ZERO : b.observedCounts;
    ReplicaCounts now = e.counts() == null ? ReplicaCounts.ZERO : e.counts();
    boolean becameUnhealthy =
        ProgressDeadline.healthy(s, before) && !ProgressDeadline.healthy(s, now);
    if (now.progressedSince(before) || becameUnhealthy) {
      b.progressed(e.at());
    }
    b.observedCounts = now;
  }

  private static void onAborted(StateBuilder b, Aborted e) {
    // A user's abort is already visible in the status they patched; a controller abort becomes
    // visible only once written.
    boolean published = e.cause() != null && e.cause().kind() == Cause.Kind.USER;
    b.abort = new RolloutState.Abort(e.message(), e.at(), published);
    b.pause = null;
    b.promoteFull = false;
    b.stepIndex =
        b.currentHash != null && b.currentHash.equals(b.stableHash)
            ? Specs.steps(b.spec).size()
            : 0;
  }

  private static void onCompleted(StateBuilder b, Completed e) {
    if (b.currentHash == null) {
      b.currentHash = e.podTemplateHash();
      b.currentRevision = e.revision();
    }
    b.stableHash = e.podTemplateHash();
    b.stableRevision = e.revision();
    b.maxRevision = Math.max(b.maxRevision, e.revision());
    b.blueGreen = b.blueGreen.withDeadline(e.podTemplateHash(), null);
    b.stepIndex = Specs.steps(b.spec).size();
    b.pause = null;
    b.abort = null;
    b.promoteFull = false;
    b.rollbackWithinWindow = false;
    b.progressed(e.at());
  }

  /**
   * A pause step that ended is complete (StepCompleted follows for the record, and is idempotent on
   * the index, so a journal holding only PauseEnded still recovers). An Inconclusive pause ends by
   * a promote: the Inconclusive run is replaced, and only an analysis step moves on.
   */
  private static void onPauseEnded(StateBuilder b, PauseEnded e) {
    RolloutState.Pause p = b.pause;
    if (p != null && AnalysisProgress.INCONCLUSIVE.equals(p.reason())) {
      b.analysisRuns = b.analysisRuns.inconclusiveAcknowledged();
      List<Step> steps = Specs.steps(b.spec);
      boolean analysisStep =
          Specs.blueGreen(b.spec) == null
              && e.stepIndex() < steps.size()
              && steps.get(e.stepIndex()).kind() == Step.Kind.ANALYSIS;
      if (!analysisStep) {
        b.pause = null;
        b.progressed(e.at());
        return;
      }
    }
    advanceTo(b, e.stepIndex() + 1, e.at());
  }

  private static void advanceTo(StateBuilder b, int index, java.time.Instant at) {
    b.stepIndex = Math.max(b.stepIndex, index);
    b.pause = null;
    b.progressed(at);
  }

  private static RolloutState.Pause withPublished(RolloutState.Pause p) {
    return new RolloutState.Pause(p.stepIndex(), p.reason(), p.startTime(), p.deadline(), true);
  }
}
