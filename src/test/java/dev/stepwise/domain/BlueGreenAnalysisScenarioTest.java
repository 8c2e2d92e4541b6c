package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.RolloutCommand.AnalysisReported;
import dev.stepwise.domain.RolloutEvent.AnalysisRunRequested;
import dev.stepwise.domain.RolloutEvent.Completed;
import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.AnalysisRequest;
import dev.stepwise.domain.analysis.RolloutRuns;
import dev.stepwise.domain.analysis.TemplateSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Blue-green prePromotionAnalysis and postPromotionAnalysis runs (semantics §3.5, §3.14). */
class BlueGreenAnalysisScenarioTest {
  static final RolloutAnalysis SMOKE =
      new RolloutAnalysis(
          List.of(new TemplateSpec.Ref("smoke", false)),
          List.of(),
          List.of(),
          List.of(),
          null,
          Map.of(),
          Map.of());
  static final BlueGreenSpec GATED =
      new BlueGreenSpec(
          "active", "preview", null, true, 0, null, null, 10, true, true, SMOKE, SMOKE);

  FakeCluster c = new FakeCluster();

  @BeforeEach
  void givenStableOnH1() {
    c.apply(BlueGreenScenarioTest.spec("h1", GATED));
    c.settle();
    assertThat(c.journal).filteredOn(Completed.class::isInstance).hasSize(1);
    assertThat(requests()).isEmpty(); // the first deploy is fast-tracked: no analysis
  }

  @Test
  void prePromotionGatesTheSwitchAndAFailedPostRunRevertsTheActiveService() {
    c.apply(BlueGreenScenarioTest.spec("h2", GATED));
    c.settle();
    // the preview is ready: the pre-promotion run starts, the active Service stays on stable
    assertThat(requests())
        .extracting(AnalysisRequest::runName, AnalysisRequest::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ro-h2-2-pre", RolloutRuns.Kind.PRE_PROMOTION));
    assertThat(requests().get(0).labels()).containsEntry("rollout-type", "PrePromotion");
    assertThat(active()).isEqualTo("h1");
    assertThat(c.status.message()).isEqualTo("active service cutover pending");
    c.send(new AnalysisReported("ro-h2-2-pre", AnalysisPhase.SUCCESSFUL, null));
    c.settle();
    // switched; the post-promotion run holds the promotion to stable
    assertThat(active()).isEqualTo("h2");
    assertThat(requests()).extracting(AnalysisRequest::runName).contains("ro-h2-2-post");
    assertThat(c.status.stableRS()).isEqualTo("h1");
    assertThat(c.status.message()).isEqualTo("waiting for analysis to complete");
    assertThat(c.status.analysisRuns().prePromotion().status()).isEqualTo("Successful");
    assertThat(c.status.analysisRuns().postPromotion().status()).isEqualTo("Pending");

    c.send(new AnalysisReported("ro-h2-2-post", AnalysisPhase.FAILED, "error-rate 0.4"));
    assertThat(c.state.abort().message())
        .isEqualTo(
            "Rollout aborted update to revision 2: Blue/green post-promotion analysis phase"
                + " error/failed: error-rate 0.4");
    assertThat(active()).isEqualTo("h1");
    assertThat(c.status.phase()).isEqualTo("Degraded");
    assertThat(c.status.analysisRuns().postPromotion().status()).isEqualTo("Failed");
  }

  @Test
  void aSuccessfulPostRunPromotesAndThePromotionRunsStayInTheStatus() {
    c.apply(BlueGreenScenarioTest.spec("h2", GATED));
    c.settle();
    c.send(new AnalysisReported("ro-h2-2-pre", AnalysisPhase.SUCCESSFUL, null));
    c.settle();
    c.send(new AnalysisReported("ro-h2-2-post", AnalysisPhase.SUCCESSFUL, null));
    c.settle();
    assertThat(c.status.stableRS()).isEqualTo("h2");
    assertThat(c.status.phase()).isEqualTo("Healthy");
    assertThat(c.status.analysisRuns().prePromotion().name()).isEqualTo("ro-h2-2-pre");
    assertThat(c.status.analysisRuns().postPromotion().name()).isEqualTo("ro-h2-2-post");
  }

  @Test
  void anInconclusivePreRunPausesAndAPromoteStartsANewOne() {
    c.apply(BlueGreenScenarioTest.spec("h2", GATED));
    c.settle();
    c.send(new AnalysisReported("ro-h2-2-pre", AnalysisPhase.INCONCLUSIVE, "unsure"));
    assertThat(c.state.pause().reason()).isEqualTo("InconclusiveAnalysisRun");
    assertThat(c.status.phase()).isEqualTo("Paused");
    c.statusWritten();
    c.observe(new ObservedStatus(false, false, 0, false, null, "h2", null, "plugin", null));
    assertThat(c.state.pause()).isNull();
    assertThat(active()).isEqualTo("h1");
    assertThat(requests()).extracting(AnalysisRequest::runName).contains("ro-h2-2-pre.1");
  }

  private String active() {
    for (Desired.ServiceTarget t : c.state.desired(c.context()).services()) {
      if (t.name().equals("active")) {
        return t.podTemplateHash();
      }
    }
    return null;
  }

  private List<AnalysisRequest> requests() {
    return c.journal.stream()
        .filter(AnalysisRunRequested.class::isInstance)
        .map(e -> ((AnalysisRunRequested) e).request())
        .toList();
  }
}
