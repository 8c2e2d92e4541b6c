package dev.stepwise.domain.analysis;

/** How many metrics a run has, and how many completed in each phase. */
public record RunSummary(int count, int successful, int failed, int inconclusive, int error) {
  static final RunSummary EMPTY = new RunSummary(0, 0, 0, 0, 0);

  RunSummary plus(AnalysisPhase completedPhase) {
    return new RunSummary(
        count + 1,
        successful + (completedPhase == AnalysisPhase.SUCCESSFUL ? 1 : 0),
        failed + (completedPhase == AnalysisPhase.FAILED ? 1 : 0),
        inconclusive + (completedPhase == AnalysisPhase.INCONCLUSIVE ? 1 : 0),
        error + (completedPhase == AnalysisPhase.ERROR ? 1 : 0));
  }
}
