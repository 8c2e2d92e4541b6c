package dev.stepwise.domain;

import dev.stepwise.domain.RolloutCommand.AnalysisReported;
import dev.stepwise.domain.RolloutCommand.Observe;
import dev.stepwise.domain.RolloutCommand.ObserveDeleted;
import dev.stepwise.domain.RolloutCommand.ObserveReplicaSets;
import dev.stepwise.domain.RolloutCommand.PromotionGateReported;
import dev.stepwise.domain.RolloutCommand.StatusWritten;
import dev.stepwise.domain.RolloutCommand.Tick;
import dev.stepwise.domain.RolloutEvent.AbortPublished;
import dev.stepwise.domain.RolloutEvent.Aborted;
import dev.stepwise.domain.RolloutEvent.FullPromotionRequested;
import dev.stepwise.domain.RolloutEvent.ManuallyPaused;
import dev.stepwise.domain.RolloutEvent.ManuallyResumed;
import dev.stepwise.domain.RolloutEvent.PauseEnded;
import dev.stepwise.domain.RolloutEvent.PausePublished;
import dev.stepwise.domain.RolloutEvent.Registered;
import dev.stepwise.domain.RolloutEvent.Restarted;
import dev.stepwise.domain.RolloutEvent.Retried;
import dev.stepwise.domain.RolloutEvent.SpecChanged;
import dev.stepwise.domain.RolloutEvent.StepCompleted;
import dev.stepwise.domain.RolloutEvent.StepSkipped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Pure decisions for one rollout: what a command means, as events. Each event is applied to a
 * scratch state as soon as it is decided, so later steps of the same decision see it; the canary is
 * then advanced as far as the observations allow (bounded).
 */
final class RolloutDecider {
  private static final int MAX_PROGRESS_ROUNDS = 64;

  private RolloutDecider() {}

  static Decision decide(RolloutState state, RolloutCommand command, Context context) {
    Scratch s = new Scratch(state, context.now());
    List<ReplicaSetView> rss = context.replicaSets();
    switch (command) {
      case Observe o -> observe(s, o);
      case ObserveDeleted d -> {
        if (state.uid() != null && state.uid().equals(d.uid()) && !state.deleted()) {
          s.emit(new RolloutEvent.Deleted(d.uid(), s.now));
        }
      }
      case ObserveReplicaSets r -> rss = r.replicaSets();
      case Tick t -> {}
      case StatusWritten w -> statusWritten(s, w.written());
      case PromotionGateReported g -> BlueGreenGates.reported(state, g, s.now).forEach(s::emit);
      case AnalysisReported r -> analysisReported(s, r);
    }
    for (int i = 0; i < MAX_PROGRESS_ROUNDS; i++) {
      List<RolloutEvent> next = AnalysisProgress.next(s.state, rss, s.now);
      if (next.isEmpty()) {
        next =
            Specs.blueGreen(s.state.spec()) != null
                ? BlueGreenProgress.next(s.state, rss, s.now)
                : CanaryProgress.next(s.state, rss, s.now);
      }
      if (next.isEmpty()) {
        break;
      }
      next.forEach(s::emit);
    }
    ProgressDeadline.observe(s.state, rss, s.now).forEach(s::emit);
    if (s.state.currentHash() != null && s.state.spec() != null && !s.state.deleted()) {
      ProgressDeadline.check(s.state, rss, s.now).forEach(s::emit);
    }
    return Decision.of(s.events);
  }

  /**
   * Journals a run's new phase; reports of unknown or no longer current runs, and repeats, change
   * nothing.
   */
  private static void analysisReported(Scratch s, AnalysisReported r) {
    AnalysisRuns.Run run = s.state.analyses().byName(r.runName());
    if (run == null || run.terminated() || r.phase() == null) {
      return;
    }
    if (run.phase() != r.phase() || !Objects.equals(run.message(), r.message())) {
      s.emit(new RolloutEvent.AnalysisRunReported(r.runName(), r.phase(), r.message(), s.now));
    }
  }

  private static void observe(Scratch s, Observe o) {
    RolloutState st = s.state;
    if (st.uid() == null || st.deleted() || !st.uid().equals(o.uid())) {
      s.emit(new Registered(o.namespace(), o.name(), o.uid(), s.now));
    }
    RolloutSpec old = s.state.spec();
    if (!Objects.equals(old, o.spec()) || s.state.generation() != o.generation()) {
      s.emit(new SpecChanged(o.spec(), o.generation(), s.now));
      if (old != null && o.spec() != null && old.paused() != o.spec().paused()) {
        Cause who = Cause.user(null);
        s.emit(
            o.spec().paused() ? new ManuallyPaused(who, s.now) : new ManuallyResumed(who, s.now));
      }
    }
    if (o.status() != null && s.state.currentHash() != null) {
      userActions(s, o.status());
    }
    Instant restartedAt = o.status() == null ? null : o.status().restartedAt();
    if (restartedAt != null && !restartedAt.equals(s.state.restartedAt())) {
      s.emit(new Restarted(restartedAt, s.now));
    }
  }

  /**
   * Reads user actions from the observed status. Each rule requires the status to describe the
   * revision (and steps) the domain is on, so a status that merely lags behind the domain's own
   * write never looks like a user action.
   */
  private static void userActions(Scratch s, ObservedStatus status) {
    RolloutState st = s.state;
    Cause who = Cause.user(status.manager());
    boolean sameRevision = Objects.equals(status.currentPodHash(), st.currentHash());
    boolean promoted = st.currentHash().equals(st.stableHash());
    if (!sameRevision || promoted) {
      return;
    }
    if (status.abort() && st.abort() == null && !st.rollbackWithinWindow()) {
      // (upstream removes any abort while a rollback within the window is fast-tracked)
      s.emit(new Aborted(st.currentRevision(), abortMessage(st), who, s.now));
    } else if (status.abort() && st.abort() != null && !st.abort().published()) {
      s.emit(new AbortPublished(s.now));
    } else if (!status.abort() && st.abort() != null && st.abort().published()) {
      s.emit(new Retried(who, s.now));
    }
    if (status.promoteFull() && !s.state.promoteFull() && s.state.abort() == null) {
      s.emit(new FullPromotionRequested(who, s.now));
    }
    pauseActions(s, status, who);
    st = s.state;
    boolean sameSteps = Objects.equals(status.currentStepHash(), Specs.stepsHash(st.spec()));
    Integer index = status.currentStepIndex();
    if (st.abort() == null && sameSteps && index != null && index > st.stepIndex()) {
      int to = Math.min(index, Specs.steps(st.spec()).size());
      s.emit(new StepSkipped(st.stepIndex(), to, who, s.now));
    }
  }

  private static void pauseActions(Scratch s, ObservedStatus status, Cause who) {
    RolloutState.Pause p = s.state.pause();
    if (p == null || !samePauseStep(s.state, status.currentStepIndex(), p)) {
      return;
    }
    if (!p.published() && status.pauseConditionCount() > 0) {
      s.emit(new PausePublished(s.now));
    } else if (p.published()
        && status.pauseConditionCount() == 0
        && (status.controllerPause() || AnalysisProgress.INCONCLUSIVE.equals(p.reason()))) {
      // As upstream: pause conditions gone while controllerPause is still set = a user promoted
      // (for an Inconclusive pause the plugin also clears controllerPause).
      s.emit(new PauseEnded(p.stepIndex(), who, s.now));
      if (Specs.blueGreen(s.state.spec()) == null && completesStep(s.state, p)) {
        s.emit(
            new StepCompleted(
                p.stepIndex(), CanaryProgress.describe(s.state, p.stepIndex()), who, s.now));
      }
    }
  }

  /**
   * A promote completes a pause step, or an analysis step paused as Inconclusive (upstream's plugin
   * bumps the index past it); an Inconclusive background run is only replaced by a new one.
   */
  private static boolean completesStep(RolloutState before, RolloutState.Pause p) {
    if (!AnalysisProgress.INCONCLUSIVE.equals(p.reason())) {
      return true;
    }
    List<Step> steps = Specs.steps(before.spec());
    return p.stepIndex() < steps.size() && steps.get(p.stepIndex()).kind() == Step.Kind.ANALYSIS;
  }

  private static void statusWritten(Scratch s, RolloutStatusView written) {
    RolloutState.Abort a = s.state.abort();
    if (a != null
        && !a.published()
        && written != null
        && written.abort()
        && Objects.equals(written.currentPodHash(), s.state.currentHash())) {
      s.emit(new AbortPublished(s.now));
    }
    RolloutState.Pause p = s.state.pause();
    if (p != null
        && !p.published()
        && written != null
        && written.pauseConditions() != null
        && !written.pauseConditions().isEmpty()
        && Objects.equals(written.currentPodHash(), s.state.currentHash())
        && samePauseStep(s.state, written.currentStepIndex(), p)) {
      s.emit(new PausePublished(s.now));
    }
  }

  /** The status shows the pause's step; blue-green has no steps (currentStepIndex is unset). */
  private static boolean samePauseStep(RolloutState st, Integer index, RolloutState.Pause p) {
    return Specs.blueGreen(st.spec()) != null || Objects.equals(index, p.stepIndex());
  }

  static String abortMessage(RolloutState st) {
    return "Rollout aborted update to revision " + st.currentRevision();
  }

  /** The events decided so far and the state they lead to. */
  private static final class Scratch {
    RolloutState state;
    final Instant now;
    final List<RolloutEvent> events = new ArrayList<>();

    Scratch(RolloutState state, Instant now) {
      this.state = state;
      this.now = now;
    }

    void emit(RolloutEvent e) {
      events.add(e);
      state = state.apply(e);
    }
  }
}
