package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.RolloutEvent.Restarted;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes Events, conditions and phases a user sees, compared with upstream's e2e
 * expectations (TestCanaryAbortRetryPromote, semantics §1.6, §1.7, §3.15).
 */
class UpstreamEventsScenarioTest {
  FakeCluster c = new FakeCluster();

  @Test
  void abortRetryPromoteRecordsUpstreamsEvents() {
    // 1 replica; setWeight 50, pause 3s (upstream's e2e, without the actuator's ReplicaSet events)
    Step[] steps = {Step.setWeight(50), Step.pause(3L)};
    c.apply(Fixtures.specOf("h1", 1).steps("s", steps).build());
    c.settle();
    c.apply(Fixtures.specOf("h2", 1).steps("s", steps).build());
    c.settle();
    assertThat(c.status.phase()).isEqualTo("Paused");
    c.observe(c.writtenStatusWithAbort(true));
    c.settle();
    assertThat(c.status.phase()).isEqualTo("Degraded");
    c.observe(c.writtenStatusWithAbort(false));
    c.settle();
    c.tickAt(c.now.plusSeconds(3));
    c.settle();
    assertThat(c.status.phase()).isEqualTo("Healthy");

    assertThat(KubeEvents.of(RolloutState.empty(), c.journal))
        .extracting(KubeEvents.KubeEvent::reason)
        .containsExactly(
            "RolloutNotCompleted",
            "RolloutUpdated",
            "RolloutCompleted",
            "RolloutNotCompleted",
            "RolloutUpdated",
            "RolloutStepCompleted",
            "RolloutPaused",
            "RolloutAborted",
            "RolloutStepCompleted",
            "RolloutPaused",
            "RolloutStepCompleted",
            "RolloutResumed",
            "RolloutCompleted");
    assertThat(KubeEvents.of(RolloutState.empty(), c.journal).get(3).message())
        .isEqualTo("Rollout not completed, started update to revision 2 (h2)");
  }

  @Test
  void pausedAndHealthyConditionsAppearOnlyOnceTheyFirstHold() {
    c.apply(Fixtures.specOf("h1", 2).steps("s", Step.setWeight(50), Step.pause(null)).build());
    assertThat(types()).containsExactly("Progressing", "Available", "Completed");
    c.settle();
    assertThat(types()).containsExactly("Progressing", "Available", "Healthy", "Completed");
    c.apply(Fixtures.specOf("h2", 2).steps("s", Step.setWeight(50), Step.pause(null)).build());
    c.settle();
    ConditionView paused = condition("Paused");
    assertThat(paused.status()).isEqualTo("True");
    assertThat(paused.message()).isEqualTo("Rollout is paused");
    assertThat(condition("Healthy").status()).isEqualTo("False");
    assertThat(condition("Completed").status()).isEqualTo("False");
    assertThat(condition("Progressing").reason()).isEqualTo("RolloutPaused");
  }

  @Test
  void aRestartShowsAsProgressingUntilTheRestarterReportsIt() {
    c.apply(Fixtures.spec("h1", 3));
    c.settle();
    Instant restartAt = c.now.minusSeconds(1);
    // when spec.restartAt is set (kubectl argo rollouts restart)
    c.apply(Fixtures.specOf("h1", 3).restartAt(restartAt).build());
    // then the rollout is restarting
    assertThat(c.status.phase()).isEqualTo("Progressing");
    assertThat(c.status.message()).isEqualTo("rollout is restarting");
    // when the restarter has replaced every older pod and set status.restartedAt
    c.restartedAt = restartAt;
    List<RolloutEvent> events = c.observe(c.writtenStatus(null));
    assertThat(events).singleElement().isInstanceOf(Restarted.class);
    assertThat(c.status.phase()).isEqualTo("Healthy");
  }

  private List<String> types() {
    return c.status.conditions().stream().map(ConditionView::type).toList();
  }

  private ConditionView condition(String type) {
    return c.status.conditions().stream()
        .filter(x -> x.type().equals(type))
        .findFirst()
        .orElseThrow();
  }
}
