package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.RolloutEvent.Completed;
import dev.stepwise.domain.RolloutEvent.ManuallyPaused;
import dev.stepwise.domain.RolloutEvent.ManuallyResumed;
import dev.stepwise.domain.RolloutEvent.RevisionStarted;
import dev.stepwise.domain.RolloutEvent.StepSkipped;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Given/when/then scenarios around the happy path: pause, new template, rollback, status lag. */
class CanaryEdgeScenarioTest {
  FakeCluster c;

  @BeforeEach
  void givenACanaryPausedAfterItsFirstStep() {
    c = new FakeCluster();
    c.apply(Fixtures.spec("h1", 5));
    c.settle();
    c.apply(Fixtures.spec("h2", 5));
    c.settle();
    assertThat(c.size("h2")).isEqualTo(1);
    assertThat(c.state.stepIndex()).isEqualTo(1);
  }

  @Test
  void specPausedHaltsProgressUntilResumed() {
    List<RolloutEvent> paused = c.apply(paused(Fixtures.spec("h2", 5), true));
    assertThat(paused).hasAtLeastOneElementOfType(ManuallyPaused.class);
    assertThat(c.status.phase()).isEqualTo("Paused");
    assertThat(c.status.message()).isEqualTo("manually paused");
    // the timed pause expires, but nothing moves while spec.paused
    assertThat(c.tickAt(c.now.plusSeconds(30))).isEmpty();
    c.settle();
    assertThat(c.size("h2")).isEqualTo(1);

    List<RolloutEvent> resumed = c.apply(paused(Fixtures.spec("h2", 5), false));
    assertThat(resumed).hasAtLeastOneElementOfType(ManuallyResumed.class);
    c.settle();
    assertThat(c.size("h2")).isEqualTo(3);
    assertThat(c.state.stepIndex()).isEqualTo(3);
  }

  @Test
  void aNewTemplateMidRolloutRestartsAtStepZeroAndScalesTheHalfDoneCanaryDown() {
    List<RolloutEvent> events = c.apply(Fixtures.spec("h3", 5));
    RevisionStarted started =
        (RevisionStarted)
            events.stream().filter(RevisionStarted.class::isInstance).findFirst().orElseThrow();
    assertThat(started.revision()).isEqualTo(3);
    assertThat(started.fastTrack()).isFalse();
    assertThat(c.state.stepIndex()).isZero();
    assertThat(c.state.pause()).isNull();
    c.settle();
    assertThat(c.size("h2")).isZero();
    assertThat(c.size("h3")).isEqualTo(1);
    assertThat(c.size("h1")).isEqualTo(4);
    assertThat(c.status.currentPodHash()).isEqualTo("h3");
  }

  @Test
  void rollbackToStableIsFastTracked() {
    List<RolloutEvent> events = c.apply(Fixtures.spec("h1", 5));
    RevisionStarted started =
        (RevisionStarted)
            events.stream().filter(RevisionStarted.class::isInstance).findFirst().orElseThrow();
    assertThat(started.fastTrack()).isTrue();
    assertThat(
            KubeEvents.of(
                RolloutState.empty()
                    .apply(new RolloutEvent.SpecChanged(Fixtures.spec("h1", 5), 1, c.now)),
                List.of(started)))
        .containsExactly(
            new KubeEvents.KubeEvent("Normal", "SkipSteps", "Rollback to stable ReplicaSets"));
    c.settle();
    assertThat(c.size("h1")).isEqualTo(5);
    assertThat(c.size("h2")).isZero();
    assertThat(c.status.phase()).isEqualTo("Healthy");
    assertThat(c.status.currentStepIndex()).isEqualTo(4);
    assertThat(c.journal).filteredOn(Completed.class::isInstance).hasSize(1); // only the initial
  }

  @Test
  void aStatusThatLagsBehindOurOwnWriteIsNotAUserAction() {
    // The pause was decided but its status is not yet visible: a lagging status has no pause
    // conditions and the previous step index.
    ObservedStatus lagging = new ObservedStatus(false, false, 0, false, 0, "h2", "steps1", null);
    assertThat(c.observe(lagging)).isEmpty();
    assertThat(c.state.pause()).isNotNull();
    // Even after it was published, a status from before the write (no controllerPause) is stale.
    c.statusWritten();
    assertThat(c.observe(lagging)).isEmpty();
    assertThat(c.state.pause()).isNotNull();
    // A status from before the new revision (old hash, promoted index) is not a skip or abort.
    ObservedStatus oldRevision = new ObservedStatus(true, true, 0, false, 4, "h1", "steps1", null);
    assertThat(c.observe(oldRevision)).isEmpty();
  }

  @Test
  void movingTheStepIndexForwardSkipsSteps() {
    c.statusWritten();
    ObservedStatus skip =
        new ObservedStatus(false, false, 0, false, 2, "h2", "steps1", "stepwise-cli");
    List<RolloutEvent> events = c.observe(skip);
    assertThat(events).first().isInstanceOf(StepSkipped.class);
    assertThat(((StepSkipped) events.get(0)).toIndex()).isEqualTo(2);
    c.settle();
    assertThat(c.size("h2")).isEqualTo(3);
  }

  @Test
  void fullPromotionGoesStraightTo100Percent() {
    ObservedStatus full =
        new ObservedStatus(false, true, 1, true, 1, "h2", "steps1", "kubectl-argo-rollouts");
    c.observe(full);
    assertThat(c.state.promoteFull()).isTrue();
    c.settle();
    assertThat(c.size("h2")).isEqualTo(5);
    assertThat(c.size("h1")).isZero();
    assertThat(c.journal)
        .filteredOn(Completed.class::isInstance)
        .last()
        .extracting(e -> ((Completed) e).reason())
        .isEqualTo("Full promotion requested");
    assertThat(c.status.promoteFull()).isFalse();
  }

  private static RolloutSpec paused(RolloutSpec s, boolean paused) {
    return new RolloutSpec(
        s.replicas(),
        s.selectorMatchLabels(),
        s.selectorHasExpressions(),
        s.templateLabels(),
        s.podTemplateHash(),
        s.images(),
        s.minReadySeconds(),
        s.progressDeadlineSeconds(),
        s.revisionHistoryLimit(),
        paused,
        s.canary(),
        s.blueGreen(),
        s.decodeErrors());
  }
}
