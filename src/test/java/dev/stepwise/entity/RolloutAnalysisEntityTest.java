package dev.stepwise.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.stepwise.domain.ObservedStatus;
import dev.stepwise.domain.RolloutAnalysis;
import dev.stepwise.domain.RolloutCommand;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.domain.RolloutSpec;
import dev.stepwise.domain.RolloutState;
import dev.stepwise.domain.Step;
import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.AnalysisRequest;
import dev.stepwise.domain.analysis.RolloutRuns;
import dev.stepwise.domain.analysis.TemplateSpec;
import dev.stepwise.entity.analysis.AnalysisRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.junit.jupiter.api.Test;

/** The entity starts, resumes and terminates analysis runs, and feeds their reports back. */
class RolloutAnalysisEntityTest extends EntityTestSupport {
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  private static final RolloutAnalysis ANALYSIS =
      new RolloutAnalysis(
          List.of(new TemplateSpec.Ref("t", false)),
          List.of(),
          List.of(),
          List.of(),
          null,
          Map.of(),
          Map.of());

  static RolloutSpec spec(String hash) {
    return new RolloutSpec(
        1,
        Map.of("app", "demo"),
        false,
        Map.of("app", "demo"),
        hash,
        Map.of("demo", "nginx:" + hash),
        0,
        null,
        null,
        false,
        new RolloutSpec.CanarySpec(
            List.of(Step.setWeight(20), Step.analysis(ANALYSIS)),
            "sh",
            null,
            null,
            List.of(),
            null),
        false,
        List.of());
  }

  /** A journal stable on h1, updating to h2, at the analysis step with its run requested. */
  static List<RolloutEvent> atAnalysisStep(RolloutKey key) {
    AnalysisRequest request =
        new AnalysisRequest(
            key.namespace(),
            key.name(),
            key.name() + "-h2-2-1",
            RolloutRuns.Kind.STEP,
            1,
            "h2",
            2,
            ANALYSIS.templates(),
            List.of(),
            List.of(),
            List.of(),
            Map.of(),
            Map.of());
    return List.of(
        new RolloutEvent.Registered(key.namespace(), key.name(), Fixtures.UID, T0),
        new RolloutEvent.SpecChanged(spec("h1"), 1, T0),
        new RolloutEvent.RevisionStarted(1, "h1", Map.of(), false, T0),
        new RolloutEvent.Completed(1, "h1", "Initial deploy", T0),
        new RolloutEvent.SpecChanged(spec("h2"), 2, T0),
        new RolloutEvent.RevisionStarted(2, "h2", Map.of(), false, T0),
        new RolloutEvent.StepCompleted(
            0, "setWeight: 20", dev.stepwise.domain.Cause.CONTROLLER, T0),
        new RolloutEvent.AnalysisRunRequested(request, T0));
  }

  @Test
  void aRecoveredEntityResumesItsActiveRunAndASuccessfulReportCompletesTheStep() {
    RolloutKey key = freshKey();
    TestProbe<AnalysisRunner.Command> probe = testKit.createTestProbe();
    FakeAnalysisRunner runner = new FakeAnalysisRunner(probe);
    var kit = entity(key, new FakeActuator(), new TestClock(T0), runner);
    kit.initialize(atAnalysisStep(key).toArray());
    kit.restart();
    // (each recovery asks again: the runner is idempotent by contract)
    assertThat(runner.started)
        .isNotEmpty()
        .allMatch(r -> r.runName().equals(key.name() + "-h2-2-1"));

    runner.report(key.name() + "-h2-2-1", AnalysisPhase.SUCCESSFUL, "all good");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(view(kit).state().stepIndex()).isEqualTo(2));
    // a completed run is not re-started by another recovery
    runner.started.clear();
    kit.restart();
    assertThat(runner.started).isEmpty();
  }

  @Test
  void aFailedReportAbortsAndANewRevisionTerminatesTheRun() {
    RolloutKey key = freshKey();
    TestProbe<AnalysisRunner.Command> probe = testKit.createTestProbe();
    FakeAnalysisRunner runner = new FakeAnalysisRunner(probe);
    var kit = entity(key, new FakeActuator(), new TestClock(T0), runner);
    kit.initialize(atAnalysisStep(key).toArray());
    kit.restart();
    // a new template supersedes the revision: its run is terminated
    kit.runCommand(
        new RolloutEntity.Apply(
            new RolloutCommand.Observe(
                key.namespace(),
                key.name(),
                Fixtures.UID,
                3,
                10,
                spec("h3"),
                ObservedStatus.EMPTY,
                List.of())));
    AnalysisRunner.Terminate terminate = (AnalysisRunner.Terminate) probe.receiveMessage();
    assertThat(terminate.reason()).isEqualTo("Rollout moved on to revision 3");
    assertThat(view(kit).state().analyses().active()).isEmpty();
  }

  @Test
  void withoutARunnerAnAnalysisStepAbortsWithAClearMessage() {
    RolloutKey key = freshKey();
    var kit = entity(key, new FakeActuator(), new TestClock(T0));
    kit.initialize(atAnalysisStep(key).toArray());
    kit.restart();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(view(kit).state().abort())
                    .isNotNull()
                    .extracting(RolloutState.Abort::message)
                    .isEqualTo(
                        "Rollout aborted update to revision 2: Step-based analysis phase"
                            + " error/failed: no analysis runner is configured in this controller"));
  }
}
