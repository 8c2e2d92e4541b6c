package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.RolloutCommand.AnalysisReported;
import dev.stepwise.domain.RolloutEvent.Aborted;
import dev.stepwise.domain.RolloutEvent.AnalysisRunRequested;
import dev.stepwise.domain.RolloutEvent.AnalysisRunTerminated;
import dev.stepwise.domain.RolloutEvent.Completed;
import dev.stepwise.domain.RolloutEvent.StepCompleted;
import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.AnalysisRequest;
import dev.stepwise.domain.analysis.ArgSpec;
import dev.stepwise.domain.analysis.RolloutRuns;
import dev.stepwise.domain.analysis.TemplateSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A canary with an analysis step and background analysis (semantics §3.14), driven with hand-made
 * runner reports: setWeight 20, analysis (step 1), setWeight 50; background from step 1.
 */
class CanaryAnalysisScenarioTest {
  static final RolloutAnalysis STEP =
      new RolloutAnalysis(
          List.of(new TemplateSpec.Ref("success-rate", false)),
          List.of(
              new RolloutAnalysis.Arg("service", "web", null, null),
              new RolloutAnalysis.Arg("canary-hash", null, "Latest", null),
              new RolloutAnalysis.Arg("stable-hash", null, "Stable", null)),
          List.of("latency"),
          List.of(),
          null,
          Map.of("team", "shop"),
          Map.of("note", "x"));
  static final RolloutAnalysis BACKGROUND =
      new RolloutAnalysis(
          List.of(new TemplateSpec.Ref("error-rate", true)),
          List.of(),
          List.of(),
          List.of(),
          1,
          Map.of(),
          Map.of());

  FakeCluster c;

  static RolloutSpec spec(String hash, RolloutAnalysis background) {
    return spec(hash, background, 5);
  }

  static RolloutSpec spec(String hash, RolloutAnalysis background, int replicas) {
    List<Step> steps = List.of(Step.setWeight(20), Step.analysis(STEP), Step.setWeight(50));
    return new RolloutSpec(
        replicas,
        Map.of("app", "demo"),
        false,
        Map.of("app", "demo"),
        hash,
        Map.of("demo", "nginx:" + hash),
        0,
        null,
        null,
        false,
        new RolloutSpec.CanarySpec(steps, "steps-a", null, null, List.of(), background),
        false,
        List.of());
  }

  @BeforeEach
  void givenAStableFirstRevision() {
    c = new FakeCluster();
    c.apply(spec("h1", BACKGROUND));
    c.settle();
    // the first deploy runs no analysis at all (upstream: no stable yet)
    assertThat(c.journal).noneMatch(AnalysisRunRequested.class::isInstance);
  }

  @Test
  void aSuccessfulStepRunCompletesTheStepWithUpstreamNamesAndLabels() {
    c.apply(spec("h2", BACKGROUND));
    c.settle();
    List<AnalysisRequest> requests = requests();
    assertThat(requests)
        .extracting(AnalysisRequest::runName)
        .containsExactly("ro-h2-2-1", "ro-h2-2");
    AnalysisRequest step = requests.get(0);
    assertThat(step.kind()).isEqualTo(RolloutRuns.Kind.STEP);
    assertThat(step.stepIndex()).isEqualTo(1);
    assertThat(step.labels())
        .containsEntry("rollouts-pod-template-hash", "h2")
        .containsEntry("rollout-type", "Step")
        .containsEntry("step-index", "1")
        .containsEntry("app", "demo")
        .containsEntry("team", "shop");
    assertThat(step.annotations()).containsEntry("note", "x");
    assertThat(step.args())
        .containsExactly(
            ArgSpec.of("service", "web"),
            ArgSpec.of("canary-hash", "h2"),
            ArgSpec.of("stable-hash", "h1"));
    assertThat(step.dryRun()).containsExactly("latency");
    assertThat(requests.get(1).labels()).containsEntry("rollout-type", "Background");
    assertThat(requests.get(1).labels()).doesNotContainKey("step-index");
    // the step waits for its run, and the status shows both runs
    assertThat(c.state.stepIndex()).isEqualTo(1);
    c.send(new AnalysisReported("ro-h2-2-1", AnalysisPhase.RUNNING, null));
    assertThat(c.status.analysisRuns().step())
        .isEqualTo(new RolloutStatusView.RunStatus("ro-h2-2-1", "Running", null));
    assertThat(c.status.analysisRuns().background().name()).isEqualTo("ro-h2-2");
    // a repeated report changes nothing
    assertThat(c.send(new AnalysisReported("ro-h2-2-1", AnalysisPhase.RUNNING, null))).isEmpty();

    List<RolloutEvent> done =
        c.send(new AnalysisReported("ro-h2-2-1", AnalysisPhase.SUCCESSFUL, "ok"));
    assertThat(done)
        .filteredOn(StepCompleted.class::isInstance)
        .extracting(e -> ((StepCompleted) e).description())
        .containsExactly("analysis");
    c.settle();
    // all steps done: promoted, and the background run is terminated
    assertThat(c.journal).filteredOn(Completed.class::isInstance).hasSize(2);
    assertThat(c.journal)
        .filteredOn(AnalysisRunTerminated.class::isInstance)
        .extracting(e -> ((AnalysisRunTerminated) e).runName())
        .containsExactly("ro-h2-2");
    assertThat(c.status.analysisRuns()).isNull();
  }

  @Test
  void aFailedStepRunAbortsWithUpstreamsMessageAndTerminatesTheBackgroundRun() {
    c.apply(spec("h2", BACKGROUND));
    c.settle();
    List<RolloutEvent> out =
        c.send(
            new AnalysisReported(
                "ro-h2-2-1", AnalysisPhase.FAILED, "Metric \"sr\" assessed Failed"));
    Aborted aborted = (Aborted) out.stream().filter(Aborted.class::isInstance).findFirst().get();
    assertThat(aborted.message())
        .isEqualTo(
            "Rollout aborted update to revision 2: Step-based analysis phase error/failed: Metric"
                + " \"sr\" assessed Failed");
    assertThat(out)
        .filteredOn(AnalysisRunTerminated.class::isInstance)
        .extracting(e -> ((AnalysisRunTerminated) e).runName())
        .containsExactly("ro-h2-2");
    c.settle();
    assertThat(c.size("h2")).isZero();
    assertThat(c.status.phase()).isEqualTo("Degraded");
    assertThat(c.status.message()).contains("Step-based analysis phase error/failed");
    assertThat(c.status.analysisRuns().step().status()).isEqualTo("Failed");
  }

  @Test
  void aRetryAfterAnAbortStartsNewRunsWithACollisionSuffix() {
    c.apply(spec("h2", BACKGROUND));
    c.settle();
    c.send(new AnalysisReported("ro-h2-2-1", AnalysisPhase.ERROR, "provider down"));
    c.settle();
    assertThat(c.state.abort().message())
        .endsWith("Step-based analysis phase error/failed: provider down");
    c.statusWritten();
    c.observe(c.writtenStatusWithAbort(false));
    c.settle();
    assertThat(c.state.abort()).isNull();
    assertThat(requests())
        .extracting(AnalysisRequest::runName)
        .containsExactly("ro-h2-2-1", "ro-h2-2", "ro-h2-2-1.1", "ro-h2-2.1");
    // a late report of the old run is ignored
    assertThat(c.send(new AnalysisReported("ro-h2-2-1", AnalysisPhase.SUCCESSFUL, null))).isEmpty();
  }

  @Test
  void aFailedBackgroundRunAbortsAndTheStepRunIsTerminated() {
    c.apply(spec("h2", BACKGROUND));
    c.settle();
    List<RolloutEvent> out =
        c.send(new AnalysisReported("ro-h2-2", AnalysisPhase.FAILED, "error-rate too high"));
    assertThat(
            ((Aborted) out.stream().filter(Aborted.class::isInstance).findFirst().get()).message())
        .isEqualTo(
            "Rollout aborted update to revision 2: Background analysis phase error/failed:"
                + " error-rate too high");
    assertThat(out)
        .filteredOn(AnalysisRunTerminated.class::isInstance)
        .extracting(e -> ((AnalysisRunTerminated) e).runName())
        .containsExactly("ro-h2-2-1");
    List<KubeEvents.KubeEvent> kube = KubeEvents.of(before(out), out);
    assertThat(kube)
        .extracting(KubeEvents.KubeEvent::reason)
        .contains("AnalysisRunFailed", "RolloutAborted");
    assertThat(kube)
        .filteredOn(e -> e.reason().equals("AnalysisRunFailed"))
        .extracting(KubeEvents.KubeEvent::message)
        .containsExactly(
            "Background Analysis Run 'ro-h2-2' Status New: 'Failed' Previous: 'NoPreviousStatus'");
  }

  @Test
  void backgroundAnalysisStartingAtAPauseStepStartsDuringThePause() {
    RolloutAnalysis atPause =
        new RolloutAnalysis(BACKGROUND.templates(), List.of(), List.of(), List.of(), 1, null, null);
    RolloutSpec paused =
        new RolloutSpec(
            5,
            Map.of("app", "demo"),
            false,
            Map.of("app", "demo"),
            "h2",
            Map.of("demo", "nginx:h2"),
            0,
            null,
            null,
            false,
            new RolloutSpec.CanarySpec(
                List.of(Step.setWeight(20), Step.pause(null)),
                "steps-p",
                null,
                null,
                List.of(),
                atPause),
            false,
            List.of());
    c.apply(paused);
    c.settle();
    assertThat(c.state.pause().reason()).isEqualTo("CanaryPauseStep");
    assertThat(requests()).extracting(AnalysisRequest::runName).containsExactly("ro-h2-2");
  }

  @Test
  void backgroundAnalysisStartsAtItsStartingStep() {
    c.apply(spec("h2", BACKGROUND));
    List<RolloutEvent> first = c.lastEvents;
    // at step 0 (setWeight 20, not yet scaled) there is no background run yet
    assertThat(first).noneMatch(AnalysisRunRequested.class::isInstance);
    c.settle();
    assertThat(requests()).extracting(AnalysisRequest::kind).contains(RolloutRuns.Kind.BACKGROUND);
  }

  @Test
  void anInconclusiveStepRunPausesUntilAPromoteWhichMovesPastTheStep() {
    c.apply(spec("h2", null));
    c.settle();
    c.send(new AnalysisReported("ro-h2-2-1", AnalysisPhase.INCONCLUSIVE, "needs a human"));
    assertThat(c.state.pause().reason()).isEqualTo("InconclusiveAnalysisRun");
    assertThat(c.status.phase()).isEqualTo("Paused");
    assertThat(c.status.message()).isEqualTo("InconclusiveAnalysisRun");
    assertThat(c.status.controllerPause()).isTrue();
    c.statusWritten();
    // kubectl argo rollouts promote: clears the condition and controllerPause, bumps the index
    c.observe(new ObservedStatus(false, false, 0, false, 2, "h2", "steps-a", "plugin", null));
    assertThat(c.state.pause()).isNull();
    assertThat(c.state.stepIndex()).isGreaterThanOrEqualTo(2);
    c.settle();
    assertThat(c.status.stableRS()).isEqualTo("h2");
  }

  @Test
  void anInconclusiveRunHaltsScalingAndHoldsTheStep() {
    c.apply(spec("h2", BACKGROUND));
    c.settle();
    assertThat(c.size("h2")).isEqualTo(1); // setWeight 20 of 5
    c.send(new AnalysisReported("ro-h2-2", AnalysisPhase.INCONCLUSIVE, "?"));
    // the step's own run passes, but the step does not complete while paused
    c.send(new AnalysisReported("ro-h2-2-1", AnalysisPhase.SUCCESSFUL, null));
    assertThat(c.state.stepIndex()).isEqualTo(1);
    // scaling up mid-pause changes no ReplicaSet (upstream skips RS scaling)
    c.apply(spec("h2", BACKGROUND, 10));
    c.settle();
    assertThat(c.size("h2")).isEqualTo(1);
    assertThat(c.size("h1")).isEqualTo(4);
  }

  @Test
  void anInconclusiveBackgroundRunIsReplacedAfterAPromote() {
    c.apply(spec("h2", BACKGROUND));
    c.settle();
    c.send(new AnalysisReported("ro-h2-2-1", AnalysisPhase.SUCCESSFUL, null));
    assertThat(c.state.stepIndex()).isEqualTo(2); // setWeight 50, not scaled yet
    c.send(new AnalysisReported("ro-h2-2", AnalysisPhase.INCONCLUSIVE, "?"));
    assertThat(c.state.pause().reason()).isEqualTo("InconclusiveAnalysisRun");
    c.settle();
    // the rollout holds while paused for an Inconclusive run: setWeight 50 does not complete
    assertThat(c.state.stepIndex()).isEqualTo(2);
    c.statusWritten();
    List<RolloutEvent> promoted =
        c.observe(new ObservedStatus(false, false, 0, false, 2, "h2", "steps-a", "plugin", null));
    assertThat(c.state.pause()).isNull();
    // a background pause is not a step: the promote completes none (setWeight 50 then completes
    // by itself, its replicas being in place)
    assertThat(promoted)
        .filteredOn(StepCompleted.class::isInstance)
        .allMatch(e -> ((StepCompleted) e).cause() == Cause.CONTROLLER);
    assertThat(requests()).extracting(AnalysisRequest::runName).contains("ro-h2-2.1");
  }

  @Test
  void aNewRevisionTerminatesTheRunsOfTheSupersededOne() {
    c.apply(spec("h2", BACKGROUND));
    c.settle();
    List<RolloutEvent> out = c.apply(spec("h3", BACKGROUND));
    assertThat(out)
        .filteredOn(AnalysisRunTerminated.class::isInstance)
        .extracting(e -> ((AnalysisRunTerminated) e).runName())
        .containsExactlyInAnyOrder("ro-h2-2-1", "ro-h2-2");
    c.settle();
    assertThat(requests()).extracting(AnalysisRequest::runName).contains("ro-h3-3-1", "ro-h3-3");
  }

  @Test
  void noRunWhileManuallyPausedAndReportsOfUnknownRunsAreIgnored() {
    RolloutSpec paused = Specs.withPaused(spec("h2", null), true);
    c.apply(spec("h2", null));
    c.settle();
    assertThat(requests()).hasSize(1);
    assertThat(c.send(new AnalysisReported("someone-else", AnalysisPhase.FAILED, "x"))).isEmpty();
    c.apply(paused);
    // a successful run does not complete the step while spec.paused
    c.send(new AnalysisReported("ro-h2-2-1", AnalysisPhase.SUCCESSFUL, null));
    assertThat(c.state.stepIndex()).isEqualTo(1);
    c.apply(spec("h2", null));
    assertThat(c.state.stepIndex()).isGreaterThanOrEqualTo(2);
  }

  private RolloutState before(List<RolloutEvent> last) {
    RolloutState s = RolloutState.empty();
    List<RolloutEvent> all = c.journal.subList(0, c.journal.size() - last.size());
    for (RolloutEvent e : all) {
      s = s.apply(e);
    }
    return s;
  }

  private List<AnalysisRequest> requests() {
    return c.journal.stream()
        .filter(AnalysisRunRequested.class::isInstance)
        .map(e -> ((AnalysisRunRequested) e).request())
        .toList();
  }
}
