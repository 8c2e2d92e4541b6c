package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Cause;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.AnalysisRequest;
import dev.stepwise.domain.analysis.RolloutRuns;
import dev.stepwise.domain.analysis.TemplateSpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code stepwise history} names the analysis run that aborted a rollout, not the controller. */
class AnalysisHistoryTest {
  @Test
  void anAbortAfterAFailedRunIsAttributedToThatRun() {
    String run = "cart-h2-2-1";
    AnalysisRequest request =
        new AnalysisRequest(
            "shop",
            "cart",
            run,
            RolloutRuns.Kind.STEP,
            1,
            "h2",
            2,
            List.of(new TemplateSpec.Ref("error-rate", false)),
            List.of(),
            List.of(),
            List.of(),
            Map.of(),
            Map.of());
    String failed = "Metric \"error-rate\" assessed Failed due to failed (1) > failureLimit (0)";
    FakeJournal journal =
        new FakeJournal()
            .append(
                BlueGreenHistoryTest.KEY,
                new RolloutEvent.Registered("shop", "cart", "uid-1", t("10:00:00")),
                new RolloutEvent.RevisionStarted(1, "h1", Map.of(), false, t("10:00:01")),
                new RolloutEvent.Completed(1, "h1", "Initial deploy", t("10:00:01")),
                new RolloutEvent.RevisionStarted(2, "h2", Map.of(), false, t("11:00:00")),
                new RolloutEvent.AnalysisRunRequested(request, t("11:00:05")),
                new RolloutEvent.AnalysisRunReported(
                    run, AnalysisPhase.RUNNING, null, t("11:00:05")),
                new RolloutEvent.AnalysisRunReported(
                    run, AnalysisPhase.FAILED, failed, t("11:00:09")),
                new RolloutEvent.Aborted(
                    2,
                    "Rollout aborted update to revision 2: Step-based analysis phase error/failed: "
                        + failed,
                    Cause.CONTROLLER,
                    t("11:00:09")));
    StringWriter out = new StringWriter();
    int exit =
        new StepwiseCli(new PrintWriter(out), new PrintWriter(new StringWriter()))
            .withJournal(() -> journal)
            .execute("history", "-n", "shop", "cart");
    assertThat(exit).isZero();
    assertThat(out.toString())
        .containsSubsequence(
            "2024-05-01T11:00:05Z  analysis run cart-h2-2-1 started (step 2; templates error-rate)",
            "2024-05-01T11:00:09Z  analysis run cart-h2-2-1 Failed: " + failed,
            "2024-05-01T11:00:09Z  aborted by analysis run cart-h2-2-1: Rollout aborted")
        .doesNotContain("AnalysisRequest[");
  }

  private static java.time.Instant t(String hhmmss) {
    return BlueGreenHistoryTest.t(hhmmss);
  }
}
