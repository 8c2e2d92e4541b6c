package dev.stepwise.domain;

import dev.stepwise.domain.AnalysisRuns.Run;
import dev.stepwise.domain.RolloutStatusView.AnalysisRunStatuses;
import dev.stepwise.domain.RolloutStatusView.RunStatus;
import dev.stepwise.domain.analysis.RolloutRuns.Kind;
import java.util.Objects;

/** The current AnalysisRuns as the status shows them (upstream setCurrentAnalysisRuns). */
final class AnalysisStatuses {
  private AnalysisStatuses() {}

  static AnalysisRunStatuses of(RolloutState s) {
    if (s.currentHash() == null || s.analyses().runs().isEmpty()) {
      return null;
    }
    AnalysisRuns runs = s.analyses();
    String hash = s.currentHash();
    long rev = s.currentRevision();
    Run step = runs.current(Kind.STEP, hash, rev);
    if (step != null
        && s.abort() == null
        && !Objects.equals(step.request().stepIndex(), s.stepIndex())) {
      step = null; // the step moved on; an abort keeps showing the run that caused it
    }
    // pre- and post-promotion runs stay current after promotion (as upstream)
    AnalysisRunStatuses out =
        new AnalysisRunStatuses(
            status(step),
            status(runs.current(Kind.BACKGROUND, hash, rev)),
            status(runs.latest(Kind.PRE_PROMOTION, hash, rev)),
            status(runs.latest(Kind.POST_PROMOTION, hash, rev)));
    boolean none =
        out.step() == null
            && out.background() == null
            && out.prePromotion() == null
            && out.postPromotion() == null;
    return none ? null : out;
  }

  private static RunStatus status(Run r) {
    if (r == null) {
      return null;
    }
    String phase = r.phase() == null ? "" : r.phase().wire();
    return new RunStatus(r.name(), phase, r.message());
  }
}
