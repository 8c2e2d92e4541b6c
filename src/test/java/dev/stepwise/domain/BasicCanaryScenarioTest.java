package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.RolloutEvent.Aborted;
import dev.stepwise.domain.RolloutEvent.Completed;
import dev.stepwise.domain.RolloutEvent.PauseEnded;
import dev.stepwise.domain.RolloutEvent.Retried;
import dev.stepwise.domain.RolloutEvent.RevisionStarted;
import dev.stepwise.domain.RolloutEvent.StepCompleted;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Given/when/then scenarios of a basic canary (5 replicas; setWeight 20, pause 10s, setWeight 50,
 * pause {}), driven through decide/apply/desired against a fake cluster.
 */
class BasicCanaryScenarioTest {
  FakeCluster c;

  @BeforeEach
  void givenAStableFirstRevision() {
    c = new FakeCluster();
    c.apply(Fixtures.spec("h1", 5));
    c.settle();
    assertThat(c.journal).filteredOn(Completed.class::isInstance).hasSize(1);
    assertThat(((Completed) last(Completed.class)).reason()).isEqualTo("Initial deploy");
    assertThat(c.size("h1")).isEqualTo(5);
    assertThat(c.status.phase()).isEqualTo("Healthy");
    assertThat(c.status.stableRS()).isEqualTo("h1");
    assertThat(c.status.currentStepIndex()).isEqualTo(4);
    assertThat(condition("Completed").status()).isEqualTo("True");
    assertThat(condition("Healthy").status()).isEqualTo("True");
    assertThat(condition("Progressing").reason()).isEqualTo("NewReplicaSetAvailable");
  }

  @Test
  void aWholeCanaryWithATimedPauseAndAPromote() {
    // when a new template is applied
    List<RolloutEvent> started = c.apply(Fixtures.spec("h2", 5));
    assertThat(started).hasAtLeastOneElementOfType(RevisionStarted.class);
    c.settle();
    // then setWeight 20 gives 1 canary, 4 stable, and the 10s pause starts
    assertThat(c.size("h2")).isEqualTo(1);
    assertThat(c.size("h1")).isEqualTo(4);
    assertThat(c.state.pause().deadline()).isEqualTo(c.now.plusSeconds(10));
    assertThat(c.state.nextWakeup()).contains(c.now.plusSeconds(10));
    assertThat(c.status.phase()).isEqualTo("Paused");
    assertThat(c.status.message()).isEqualTo("CanaryPauseStep");
    assertThat(c.status.pauseConditions())
        .extracting(p -> p.reason())
        .containsExactly("CanaryPauseStep");
    assertThat(c.status.currentStepIndex()).isEqualTo(1);
    assertThat(condition("Paused").status()).isEqualTo("True");

    // when the pause deadline passes
    List<RolloutEvent> ended = c.tickAt(c.now.plusSeconds(10));
    assertThat(ended).first().isInstanceOf(PauseEnded.class);
    assertThat(((PauseEnded) ended.get(0)).cause()).isEqualTo(Cause.TIMER);
    c.settle();
    // then setWeight 50 gives 3 canary, 3 stable (5 replicas + 1 surge), and the endless pause
    assertThat(c.size("h2")).isEqualTo(3);
    assertThat(c.size("h1")).isEqualTo(3);
    assertThat(c.state.pause().stepIndex()).isEqualTo(3);
    assertThat(c.state.pause().deadline()).isNull();
    assertThat(c.state.nextWakeup()).isEmpty();

    // when the pause is visible and a user promotes (clears the pause conditions)
    c.statusWritten();
    assertThat(c.state.pause().published()).isTrue();
    ObservedStatus promoted =
        new ObservedStatus(false, false, 0, true, 3, "h2", "steps1", "kubectl-argo-rollouts");
    List<RolloutEvent> afterPromote = c.observe(promoted);
    assertThat(afterPromote).first().isInstanceOf(PauseEnded.class);
    assertThat(((PauseEnded) afterPromote.get(0)).cause())
        .isEqualTo(Cause.user("kubectl-argo-rollouts"));
    assertThat(c.status.pauseConditions()).isEmpty();
    c.settle();

    // then the canary takes over and the rollout completes
    assertThat(c.size("h2")).isEqualTo(5);
    assertThat(c.size("h1")).isZero();
    Completed done = (Completed) last(Completed.class);
    assertThat(done.reason()).isEqualTo("Completed all 4 canary steps");
    assertThat(done.revision()).isEqualTo(2);
    assertThat(c.status.phase()).isEqualTo("Healthy");
    assertThat(c.status.stableRS()).isEqualTo("h2");
    assertThat(c.journal)
        .filteredOn(StepCompleted.class::isInstance)
        .extracting(e -> ((StepCompleted) e).description())
        .containsExactly("setWeight: 20", "pause: 10s", "setWeight: 50", "pause");
  }

  @Test
  void abortScalesTheCanaryDownAndRetryStartsOver() {
    c.apply(Fixtures.spec("h2", 5));
    c.settle();
    c.tickAt(c.now.plusSeconds(10));
    c.settle();
    assertThat(c.size("h2")).isEqualTo(3);

    // when a user aborts
    ObservedStatus abort = withAbort(c.writtenStatus("kubectl-argo-rollouts"), true);
    List<RolloutEvent> events = c.observe(abort);
    assertThat(events).singleElement().isInstanceOf(Aborted.class);
    c.settle();
    // then the canary is scaled to 0, the stable back to 5, Degraded with upstream's message
    assertThat(c.size("h2")).isZero();
    assertThat(c.size("h1")).isEqualTo(5);
    assertThat(c.status.phase()).isEqualTo("Degraded");
    assertThat(c.status.message())
        .isEqualTo("RolloutAborted: Rollout aborted update to revision 2");
    assertThat(c.status.abort()).isTrue();
    assertThat(c.status.abortedAt()).isNotNull();
    assertThat(c.status.currentStepIndex()).isZero();
    assertThat(condition("Progressing").status()).isEqualTo("False");

    // when the user retries
    List<RolloutEvent> retried =
        c.observe(withAbort(c.writtenStatus("kubectl-argo-rollouts"), false));
    assertThat(retried).first().isInstanceOf(Retried.class);
    assertThat(condition("Progressing").reason()).isEqualTo("RolloutRetry");
    c.settle();
    // then the canary restarts at step 0
    assertThat(c.size("h2")).isEqualTo(1);
    assertThat(c.state.pause().stepIndex()).isEqualTo(1);
    assertThat(c.status.abort()).isFalse();
  }

  private static ObservedStatus withAbort(ObservedStatus s, boolean abort) {
    return new ObservedStatus(
        abort,
        s.promoteFull(),
        s.pauseConditionCount(),
        s.controllerPause(),
        s.currentStepIndex(),
        s.currentPodHash(),
        s.currentStepHash(),
        s.manager());
  }

  private RolloutEvent last(Class<?> type) {
    return c.journal.stream().filter(type::isInstance).reduce((a, b) -> b).orElseThrow();
  }

  private ConditionView condition(String type) {
    return c.status.conditions().stream()
        .filter(x -> x.type().equals(type))
        .findFirst()
        .orElseThrow();
  }
}
