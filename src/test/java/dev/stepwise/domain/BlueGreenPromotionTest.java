package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.RolloutEvent.Completed;
import dev.stepwise.domain.RolloutEvent.PauseEnded;
import dev.stepwise.domain.RolloutEvent.PauseStarted;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timed auto-promotion and full promotion of a blue-green rollout. */
class BlueGreenPromotionTest {
  FakeCluster c = new FakeCluster();

  private void givenStableOn(String hash, BlueGreenSpec bg) {
    c.apply(BlueGreenScenarioTest.spec(hash, bg));
    c.settle();
    assertThat(c.status.phase()).isEqualTo("Healthy");
  }

  private String active() {
    return c.status.blueGreen().activeSelector();
  }

  @Test
  void autoPromotionSecondsPausesThenPromotesByItself() {
    BlueGreenSpec timed =
        new BlueGreenSpec("active", "preview", null, true, 10, null, null, null, false, false);
    givenStableOn("h1", timed);
    c.apply(BlueGreenScenarioTest.spec("h2", timed));
    c.settle();
    PauseStarted pause =
        c.journal.stream()
            .filter(PauseStarted.class::isInstance)
            .map(PauseStarted.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(pause.reason()).isEqualTo("BlueGreenPause");
    assertThat(pause.deadline()).isEqualTo(c.now.plusSeconds(10));
    assertThat(c.state.nextWakeup()).contains(c.now.plusSeconds(10));
    assertThat(c.status.phase()).isEqualTo("Paused");
    assertThat(active()).isEqualTo("h1");
    // not before its time
    c.tickAt(c.now.plusSeconds(9));
    assertThat(active()).isEqualTo("h1");
    List<RolloutEvent> ended = c.tickAt(c.now.plusSeconds(1));
    assertThat(ended).first().isInstanceOf(PauseEnded.class);
    assertThat(((PauseEnded) ended.get(0)).cause()).isEqualTo(Cause.TIMER);
    assertThat(active()).isEqualTo("h2");
    assertThat(c.status.stableRS()).isEqualTo("h2");
    assertThat(KubeEvents.of(RolloutState.empty(), c.journal))
        .extracting(KubeEvents.KubeEvent::reason)
        .containsSubsequence(
            "RolloutPaused", "RolloutResumed", "SwitchService", "RolloutCompleted");
  }

  @Test
  void fullPromotionSkipsThePauseAndThePreviewSize() {
    BlueGreenSpec manual =
        new BlueGreenSpec("active", "preview", 1, false, 0, null, null, null, false, false);
    givenStableOn("h1", manual);
    c.apply(BlueGreenScenarioTest.spec("h2", manual));
    c.settle();
    assertThat(c.size("h2")).isEqualTo(1);
    assertThat(c.status.phase()).isEqualTo("Paused");
    c.statusWritten();
    // promote --full: status.promoteFull=true
    c.observe(
        new ObservedStatus(false, true, 1, true, null, "h2", null, "kubectl-argo-rollouts", null));
    assertThat(c.state.promoteFull()).isTrue();
    assertThat(c.size("h2")).isEqualTo(3);
    c.settle();
    assertThat(active()).isEqualTo("h2");
    assertThat(c.status.stableRS()).isEqualTo("h2");
    assertThat(c.status.phase()).isEqualTo("Healthy");
    assertThat(c.status.promoteFull()).isFalse();
    assertThat(c.journal)
        .filteredOn(Completed.class::isInstance)
        .last()
        .extracting(e -> ((Completed) e).reason())
        .isEqualTo("Completed blue-green update");
  }
}
