package dev.stepwise.domain;

import dev.stepwise.domain.AnalysisRuns.Run;
import dev.stepwise.domain.RolloutEvent.Aborted;
import dev.stepwise.domain.RolloutEvent.AnalysisRunRequested;
import dev.stepwise.domain.RolloutEvent.AnalysisRunTerminated;
import dev.stepwise.domain.RolloutEvent.PauseStarted;
import dev.stepwise.domain.RolloutEvent.StepCompleted;
import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.RolloutRuns.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The analysis runs of a rollout (upstream rollout/analysis.go), one move at a time: terminate a
 * run that is no longer current, act on a current run's outcome, or ask for a run that upstream
 * would create now. Every move changes the state so that it is not decided twice.
 */
final class AnalysisProgress {
  static final String INCONCLUSIVE = "InconclusiveAnalysisRun";

  private AnalysisProgress() {}

  static List<RolloutEvent> next(RolloutState s, List<ReplicaSetView> rss, Instant now) {
    for (Run r : s.analyses().active()) {
      String why = unwanted(s, r);
      if (why != null) {
        return List.of(new AnalysisRunTerminated(r.name(), why, now));
      }
    }
    if (s.uid() == null || s.deleted() || s.spec() == null || s.currentHash() == null) {
      return List.of();
    }
    if (s.abort() != null || s.currentHash().equals(s.stableHash())) {
      return List.of();
    }
    if (!RolloutValidation.validate(s.spec()).isEmpty()) {
      return List.of(); // an InvalidSpec rollout makes no progress (runs already asked for go on)
    }
    List<RolloutEvent> outcome = outcomes(s, now);
    return outcome.isEmpty() ? requests(s, rss, now) : outcome;
  }

  /** Paused for an Inconclusive run (upstream halts ReplicaSet scaling then). */
  static boolean inconclusivePaused(RolloutState s) {
    return s.pause() != null && INCONCLUSIVE.equals(s.pause().reason());
  }

  /** Why {@code r} is no longer current, or null while it is. */
  private static String unwanted(RolloutState s, Run r) {
    if (s.deleted() || s.uid() == null) {
      return "Rollout deleted";
    }
    if (!r.of(s.currentHash(), s.currentRevision())) {
      return "Rollout moved on to revision " + s.currentRevision();
    }
    if (s.abort() != null) {
      return "Rollout aborted";
    }
    if (s.currentHash().equals(s.stableHash())) {
      return "Rollout completed";
    }
    if (s.promoteFull()) {
      return "Full promotion requested";
    }
    if (analysis(s, r.kind(), r.request().stepIndex()) == null) {
      return r.kind() == Kind.STEP ? "Step changed" : "Analysis removed from the spec";
    }
    return null;
  }

  /** The spec's analysis for a run of this kind (and step) now, or null when there is none. */
  static RolloutAnalysis analysis(RolloutState s, Kind kind, Integer stepIndex) {
    RolloutSpec spec = s.spec();
    if (spec == null) {
      return null;
    }
    BlueGreenSpec bg = Specs.blueGreen(spec);
    return switch (kind) {
      case STEP -> {
        List<Step> steps = Specs.steps(spec);
        int i = s.stepIndex();
        boolean current = Objects.equals(stepIndex, i) && i < steps.size();
        yield current && steps.get(i).kind() == Step.Kind.ANALYSIS ? steps.get(i).analysis() : null;
      }
      case BACKGROUND -> bg == null && spec.canary() != null ? spec.canary().analysis() : null;
      case PRE_PROMOTION -> bg == null ? null : bg.preAnalysis();
      case POST_PROMOTION -> bg == null ? null : bg.postAnalysis();
    };
  }

  private static List<RolloutEvent> outcomes(RolloutState s, Instant now) {
    String hash = s.currentHash();
    long rev = s.currentRevision();
    for (Kind kind : Kind.values()) {
      Run r = s.analyses().current(kind, hash, rev);
      if (r == null || r.phase() == null || !r.phase().completed()) {
        continue;
      }
      if (kind == Kind.STEP && !Objects.equals(r.request().stepIndex(), s.stepIndex())) {
        continue;
      }
      List<RolloutEvent> out = outcome(s, r, now);
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  private static List<RolloutEvent> outcome(RolloutState s, Run r, Instant now) {
    AnalysisPhase phase = r.phase();
    String message = r.message() == null ? "" : r.message();
    if (phase == AnalysisPhase.INCONCLUSIVE) {
      // RS scaling halts and a promote resumes (upstream InconclusiveAnalysisRun)
      return s.pause() == null
          ? List.of(new PauseStarted(s.stepIndex(), INCONCLUSIVE, null, now))
          : List.of();
    }
    boolean failed = phase == AnalysisPhase.FAILED || phase == AnalysisPhase.ERROR;
    return switch (r.kind()) {
      case STEP -> {
        if (failed) {
          yield abort(s, "Step-based analysis phase error/failed: " + message, now);
        }
        // never completed while spec.paused, nor while an Inconclusive run holds the rollout
        yield s.spec().paused() || inconclusivePaused(s)
            ? List.of()
            : List.of(new StepCompleted(s.stepIndex(), "analysis", Cause.CONTROLLER, now));
      }
      case BACKGROUND ->
          failed ? abort(s, "Background analysis phase error/failed: " + message, now) : List.of();
      case PRE_PROMOTION, POST_PROMOTION -> {
        String gate = r.kind() == Kind.PRE_PROMOTION ? BlueGreenState.PRE : BlueGreenState.POST;
        yield BlueGreenGates.reported(
            s,
            new RolloutCommand.PromotionGateReported(gate, s.currentHash(), !failed, r.message()),
            now);
      }
    };
  }

  private static List<RolloutEvent> abort(RolloutState s, String why, Instant now) {
    String message = RolloutDecider.abortMessage(s) + ": " + why;
    return List.of(new Aborted(s.currentRevision(), message, Cause.CONTROLLER, now));
  }

  private static List<RolloutEvent> requests(
      RolloutState s, List<ReplicaSetView> rss, Instant now) {
    // a pause step does not hold a background run back; an Inconclusive pause holds everything
    if (s.stableHash() == null || s.promoteFull() || inconclusivePaused(s)) {
      return List.of();
    }
    String hash = s.currentHash();
    long rev = s.currentRevision();
    for (Kind kind : Kind.values()) {
      Integer step = kind == Kind.STEP ? s.stepIndex() : null;
      RolloutAnalysis a = analysis(s, kind, step);
      if (a == null
          || s.analyses().current(kind, hash, rev) != null
          || !due(s, kind, a, rss, now)) {
        continue;
      }
      return List.of(new AnalysisRunRequested(AnalysisRequests.of(s, a, kind, step), now));
    }
    return List.of();
  }

  /** Upstream's creation rules beyond "configured and none current" (§3.14, §3.5 step 8). */
  private static boolean due(
      RolloutState s, Kind kind, RolloutAnalysis a, List<ReplicaSetView> rss, Instant now) {
    return switch (kind) {
      case STEP -> !s.spec().paused();
      case BACKGROUND ->
          !s.rollbackWithinWindow()
              && s.stepIndex() >= (a.startingStep() == null ? 0 : a.startingStep());
      case PRE_PROMOTION -> {
        BlueGreenView v = BlueGreenView.of(s, rss);
        yield !s.currentHash().equals(s.bg().activeHash()) && !v.fastTracked() && v.newReady(now);
      }
      case POST_PROMOTION -> {
        BlueGreenView v = BlueGreenView.of(s, rss);
        yield s.currentHash().equals(s.bg().activeHash()) && v.saturated(v.newRs());
      }
    };
  }
}
