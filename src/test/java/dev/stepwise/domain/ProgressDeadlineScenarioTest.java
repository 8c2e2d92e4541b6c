package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.RolloutEvent.AbortPublished;
import dev.stepwise.domain.RolloutEvent.Aborted;
import dev.stepwise.domain.RolloutEvent.ProgressDeadlineExceeded;
import dev.stepwise.domain.RolloutEvent.Retried;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Given/when/then scenarios of a stuck update (semantics §3.3 e2e, §3.13): N=4, maxSurge 1,
 * maxUnavailable 0, setWeight 25 then pause {}, and a new image whose pods never become ready.
 */
class ProgressDeadlineScenarioTest {
  static final String TIMED_OUT = "ReplicaSet \"ro-h2\" has timed out progressing.";
  FakeCluster c;

  @BeforeEach
  void givenAStableRevisionOfFour() {
    c = new FakeCluster();
    c.apply(spec("h1", null, false));
    c.settle();
    c.advance(3600);
    c.budgets.clear();
  }

  @Test
  void aStuckCanaryNeverTakesTheStableBelowMaxUnavailableAndTimesOut() {
    // when a bad image is applied
    c.bad.add("h2");
    c.apply(spec("h2", null, false));
    c.settle();
    Instant started = c.now;
    // then 1 canary (never ready) and 4 stable, and the entity wakes up after 600 s (+1 s)
    assertThat(c.size("h2")).isEqualTo(1);
    assertThat(c.size("h1")).isEqualTo(4);
    assertThat(c.state.nextWakeup()).contains(started.plusSeconds(601));
    assertThat(condition("Progressing").reason()).isEqualTo("ReplicaSetUpdated");
    assertThat(condition("Progressing").lastUpdateTime()).isEqualTo(started);

    // when the deadline has not quite passed, nothing happens
    assertThat(c.tickAt(started.plusSeconds(600))).isEmpty();
    // when it has
    List<RolloutEvent> events = c.tickAt(started.plusSeconds(601));
    c.settle();
    // then Degraded with upstream's message, still 1 + 4, no abort, and no further wake-up
    assertThat(events).singleElement().isInstanceOf(ProgressDeadlineExceeded.class);
    assertThat(c.status.phase()).isEqualTo("Degraded");
    assertThat(c.status.message()).isEqualTo("ProgressDeadlineExceeded: " + TIMED_OUT);
    assertThat(condition("Progressing").status()).isEqualTo("False");
    assertThat(condition("Progressing").message()).isEqualTo(TIMED_OUT);
    assertThat(c.size("h2")).isEqualTo(1);
    assertThat(c.size("h1")).isEqualTo(4);
    assertThat(c.status.abort()).isFalse();
    assertThat(c.state.nextWakeup()).isEmpty();
    assertThat(c.budgets).allSatisfy(b -> assertThat(b[1]).isGreaterThanOrEqualTo(4));

    // when the pods finally become ready, the rollout recovers and goes on to the pause
    c.advance(60);
    c.bad.clear();
    c.settle();
    assertThat(c.state.progressDeadlineExceeded()).isFalse();
    assertThat(c.status.phase()).isEqualTo("Paused");
    assertThat(condition("Progressing").reason()).isEqualTo("RolloutPaused");
  }

  @Test
  void progressRefreshesTheDeadline() {
    c.apply(spec("h2", 100, false));
    c.bad.add("h2");
    // the canary pod is created at once (progress), then 90 s later the stable shrinks (progress)
    c.settle();
    Instant firstProgress = c.now;
    assertThat(c.state.nextWakeup()).contains(firstProgress.plusSeconds(101));
    c.advance(90);
    c.bad.clear();
    c.settle();
    // the setWeight step completed and the pause began: no deadline at a pause step
    assertThat(c.state.pause()).isNotNull();
    assertThat(c.state.nextWakeup()).isEmpty();
    assertThat(c.tickAt(c.now.plusSeconds(100_000))).isEmpty();
    assertThat(c.status.phase()).isEqualTo("Paused");
  }

  @Test
  void specPausedSkipsTheCheckAndResumingRestartsTheClock() {
    c.bad.add("h2");
    c.apply(spec("h2", 100, false));
    c.settle();
    c.advance(50);
    c.apply(
        Fixtures.specOf("h2", 4)
            .steps("s", STEPS)
            .surge(1, 0)
            .deadline(100, false)
            .paused(true)
            .build());
    assertThat(c.state.nextWakeup()).isEmpty();
    assertThat(c.tickAt(c.now.plusSeconds(1000))).isEmpty();
    // resumed: Progressing RolloutResumed, and the deadline counts from the resume
    c.apply(spec("h2", 100, false));
    assertThat(condition("Progressing").reason()).isEqualTo("RolloutResumed");
    assertThat(c.state.nextWakeup()).contains(c.now.plusSeconds(101));
  }

  @Test
  void progressDeadlineAbortAbortsByTheControllerAndAUserCanRetry() {
    c.bad.add("h2");
    c.apply(spec("h2", 10, true));
    c.settle();
    List<RolloutEvent> events = c.tickAt(c.now.plusSeconds(11));
    c.settle();
    // then the update is aborted by the controller: canary to 0, stable 4, Degraded
    assertThat(events).hasSize(2);
    Aborted aborted = (Aborted) events.get(1);
    assertThat(aborted.cause()).isEqualTo(Cause.CONTROLLER);
    assertThat(aborted.message()).isEqualTo("Rollout aborted update to revision 2: " + TIMED_OUT);
    assertThat(KubeEvents.of(c.state, events))
        .containsExactly(
            new KubeEvents.KubeEvent("Warning", "RolloutAborted", TIMED_OUT),
            new KubeEvents.KubeEvent("Warning", "RolloutAborted", aborted.message()));
    assertThat(c.size("h2")).isZero();
    assertThat(c.size("h1")).isEqualTo(4);
    assertThat(c.status.phase()).isEqualTo("Degraded");
    assertThat(c.status.message()).isEqualTo("RolloutAborted: " + aborted.message());
    assertThat(c.status.abort()).isTrue();

    // a status from before the abort was written is not a retry
    assertThat(c.observe(c.writtenStatusWithAbort(false))).isEmpty();
    // once written, the abort is published; then abort=false from a user is a retry
    assertThat(c.statusWritten()).singleElement().isInstanceOf(AbortPublished.class);
    List<RolloutEvent> retried = c.observe(c.writtenStatusWithAbort(false));
    assertThat(retried).first().isInstanceOf(Retried.class);
    assertThat(condition("Progressing").reason()).isEqualTo("RolloutRetry");
    assertThat(c.state.nextWakeup()).contains(c.now.plusSeconds(11));
  }

  @Test
  void aCompletedRolloutIsNotAbortedByATimeout() {
    c.apply(spec("h1", 10, true));
    // when a promoted rollout loses its pods and they never come back
    c.bad.add("h1");
    c.settle();
    assertThat(condition("Progressing").reason()).isEqualTo("ReplicaSetNotAvailable");
    assertThat(condition("Healthy").status()).isEqualTo("False");
    assertThat(condition("Available").status()).isEqualTo("False");
    // then it times out (Degraded) but is not aborted: there is no update to abort
    List<RolloutEvent> events = c.tickAt(c.now.plusSeconds(11));
    assertThat(events).singleElement().isInstanceOf(ProgressDeadlineExceeded.class);
    assertThat(c.status.phase()).isEqualTo("Degraded");
    assertThat(c.status.abort()).isFalse();
    // and recovers to Healthy when the pods do
    c.bad.clear();
    c.settle();
    assertThat(c.status.phase()).isEqualTo("Healthy");
    assertThat(condition("Progressing").reason()).isEqualTo("NewReplicaSetAvailable");
  }

  static final Step[] STEPS = {Step.setWeight(25), Step.pause(null)};

  private static RolloutSpec spec(String hash, Integer deadline, boolean abort) {
    return Fixtures.specOf(hash, 4).steps("s", STEPS).surge(1, 0).deadline(deadline, abort).build();
  }

  private ConditionView condition(String type) {
    return c.status.conditions().stream()
        .filter(x -> x.type().equals(type))
        .findFirst()
        .orElseThrow();
  }
}
