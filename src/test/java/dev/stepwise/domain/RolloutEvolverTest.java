package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.stepwise.domain.RolloutEvent.AbortPublished;
import dev.stepwise.domain.RolloutEvent.Aborted;
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
import dev.stepwise.domain.RolloutEvent.Registered;
import dev.stepwise.domain.RolloutEvent.Restarted;
import dev.stepwise.domain.RolloutEvent.Retried;
import dev.stepwise.domain.RolloutEvent.RevisionStarted;
import dev.stepwise.domain.RolloutEvent.SpecChanged;
import dev.stepwise.domain.RolloutEvent.StepCompleted;
import dev.stepwise.domain.RolloutEvent.StepSkipped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RolloutEvolverTest {
  static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  /** One instance of every event type; a new type must be added here (see the count check). */
  static Stream<RolloutEvent> everyEvent() {
    return Stream.of(
        new Registered("ns", "ro", "u1", T0),
        new SpecChanged(Fixtures.spec("h1", 5), 1, T0),
        new RevisionStarted(1, "h1", Map.of("app", "nginx:1"), false, T0),
        new StepCompleted(0, "setWeight: 20", Cause.CONTROLLER, T0),
        new PauseStarted(1, "CanaryPauseStep", T0.plusSeconds(10), T0),
        new PausePublished(T0),
        new PauseEnded(1, Cause.TIMER, T0),
        new StepSkipped(1, 2, Cause.user("kubectl-argo-rollouts"), T0),
        new FullPromotionRequested(Cause.user(null), T0),
        new Aborted(2, "Rollout aborted update to revision 2", Cause.user(null), T0),
        new Retried(Cause.user(null), T0),
        new ManuallyPaused(Cause.user(null), T0),
        new ManuallyResumed(Cause.user(null), T0),
        new Completed(1, "h1", "Initial deploy", T0),
        new Deleted("u1", T0),
        new AbortPublished(T0),
        new ProgressObserved(new ReplicaCounts(5, 1, 5, 5), T0),
        new ProgressDeadlineExceeded(2, "ReplicaSet \"ro-h2\" has timed out progressing.", T0),
        new Restarted(T0.minusSeconds(60), T0),
        new RolloutEvent.ServiceSwitched("active", "svc", null, "h1", T0),
        new RolloutEvent.ScaleDownScheduled("h1", 1, T0.plusSeconds(30), T0),
        new RolloutEvent.ScaleDownDelayEnded("h1", T0),
        new RolloutEvent.PromotionGateFinished("pre", false, "failed", T0),
        new RolloutEvent.AnalysisRunRequested(
            new dev.stepwise.domain.analysis.AnalysisRequest(
                "ns",
                "ro",
                "ro-h2-2-1",
                dev.stepwise.domain.analysis.RolloutRuns.Kind.STEP,
                1,
                "h2",
                2,
                java.util.List.of(new dev.stepwise.domain.analysis.TemplateSpec.Ref("t", false)),
                java.util.List.of(dev.stepwise.domain.analysis.ArgSpec.of("svc", "web")),
                java.util.List.of("m"),
                java.util.List.of(new dev.stepwise.domain.analysis.RunSpec.Retention("m", 5)),
                java.util.Map.of("rollout-type", "Step"),
                java.util.Map.of("a", "b")),
            T0),
        new RolloutEvent.AnalysisRunReported(
            "ro-h2-2-1", dev.stepwise.domain.analysis.AnalysisPhase.RUNNING, null, T0),
        new RolloutEvent.AnalysisRunTerminated("ro-h2-2-1", "Rollout aborted", T0));
  }

  @Test
  void everyEventTypeIsCovered() {
    assertThat(everyEvent().map(Object::getClass).distinct())
        .hasSize(RolloutEvent.class.getPermittedSubclasses().length);
  }

  @ParameterizedTest
  @MethodSource("everyEvent")
  void everyEventAppliesToAnEmptyState(RolloutEvent event) {
    assertThatCode(() -> RolloutState.empty().apply(event)).doesNotThrowAnyException();
  }

  @Test
  void replayBuildsTheStateOfAPausedCanary() {
    RolloutState s =
        replay(
            new Registered("ns", "ro", "u1", T0),
            new SpecChanged(Fixtures.spec("h1", 5), 1, T0),
            new RevisionStarted(1, "h1", Map.of(), false, T0),
            new Completed(1, "h1", "Initial deploy", T0),
            new SpecChanged(Fixtures.spec("h2", 5), 2, T0),
            new RevisionStarted(2, "h2", Map.of(), false, T0),
            new StepCompleted(0, "setWeight: 20", Cause.CONTROLLER, T0),
            new PauseStarted(1, "CanaryPauseStep", T0.plusSeconds(10), T0));
    assertThat(s.stableHash()).isEqualTo("h1");
    assertThat(s.currentHash()).isEqualTo("h2");
    assertThat(s.currentRevision()).isEqualTo(2);
    assertThat(s.stepIndex()).isEqualTo(1);
    assertThat(s.pause().deadline()).isEqualTo(T0.plusSeconds(10));
    assertThat(s.nextWakeup()).contains(T0.plusSeconds(10));
  }

  @Test
  void pauseEndedAloneCompletesTheStepAndStepCompletedAfterItIsIdempotent() {
    RolloutState paused =
        replay(
            new SpecChanged(Fixtures.spec("h2", 5), 1, T0),
            new PauseStarted(1, "CanaryPauseStep", null, T0));
    RolloutState ended = paused.apply(new PauseEnded(1, Cause.user(null), T0));
    assertThat(ended.stepIndex()).isEqualTo(2);
    assertThat(ended.pause()).isNull();
    assertThat(ended.apply(new StepCompleted(1, "pause", Cause.CONTROLLER, T0)).stepIndex())
        .isEqualTo(2);
  }

  @Test
  void aNewUidAfterDeletionIsANewIncarnation() {
    RolloutState s =
        replay(
            new Registered("ns", "ro", "u1", T0),
            new RevisionStarted(1, "h1", Map.of(), false, T0),
            new Deleted("u1", T0),
            new Registered("ns", "ro", "u2", T0));
    assertThat(s.incarnation()).isEqualTo(2);
    assertThat(s.uid()).isEqualTo("u2");
    assertThat(s.currentHash()).isNull();
    assertThat(s.deleted()).isFalse();
  }

  @Test
  void abortByAUserIsPublishedAndRetryRestartsAtStepZero() {
    RolloutState aborted =
        replay(
            new SpecChanged(Fixtures.spec("h2", 5), 1, T0),
            new RevisionStarted(2, "h2", Map.of(), false, T0),
            new StepCompleted(0, "setWeight: 20", Cause.CONTROLLER, T0),
            new Aborted(2, "m", Cause.user("kubectl-argo-rollouts"), T0));
    assertThat(aborted.abort().published()).isTrue();
    assertThat(aborted.stepIndex()).isZero();
    RolloutState retried = aborted.apply(new Retried(Cause.user(null), T0));
    assertThat(retried.abort()).isNull();
    assertThat(retried.stepIndex()).isZero();
  }

  private static RolloutState replay(RolloutEvent... events) {
    RolloutState s = RolloutState.empty();
    for (RolloutEvent e : List.of(events)) {
      s = s.apply(e);
    }
    return s;
  }
}
