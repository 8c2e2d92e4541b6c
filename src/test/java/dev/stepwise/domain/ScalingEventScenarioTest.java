package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.RolloutEvent.PauseEnded;
import dev.stepwise.domain.RolloutEvent.StepCompleted;
import dev.stepwise.domain.RolloutEvent.StepSkipped;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Given/when/then scenarios of a scaling event (spec.replicas changed mid-update): the ReplicaSets
 * follow the current step's weight within maxSurge/maxUnavailable, and no step moves because of it.
 * Canary: setWeight 50, pause {}; maxSurge 1, maxUnavailable 0.
 */
class ScalingEventScenarioTest {
  FakeCluster c;

  @BeforeEach
  void givenAStableRevisionOfFour() {
    c = new FakeCluster();
    c.apply(spec("h1", 4));
    c.settle();
    assertThat(c.size("h1")).isEqualTo(4);
  }

  @Test
  void scalingUpAndDownAtAPauseKeepsTheWeight() {
    c.apply(spec("h2", 4));
    c.settle();
    assertThat(c.size("h2")).isEqualTo(2);
    assertThat(c.size("h1")).isEqualTo(2);
    assertThat(c.state.pause()).isNotNull();

    // when spec.replicas goes 4 → 8 at the pause
    c.budgets.clear();
    c.apply(spec("h2", 8));
    c.settle();
    // then both sides double, the rollout stays paused at step 1, and nothing surged beyond 8+1
    assertThat(c.size("h2")).isEqualTo(4);
    assertThat(c.size("h1")).isEqualTo(4);
    assertThat(c.state.stepIndex()).isEqualTo(1);
    assertThat(c.status.phase()).isEqualTo("Paused");
    assertThat(c.status.replicas()).isEqualTo(8);
    assertThat(c.journal).noneMatch(e -> e instanceof PauseEnded || e instanceof StepSkipped);
    assertThat(c.budgets).allSatisfy(b -> assertThat(b[0]).isLessThanOrEqualTo(9));

    // when spec.replicas goes 8 → 2
    c.budgets.clear();
    c.apply(spec("h2", 2));
    c.settle();
    // then one each, still paused at step 1, and never fewer than 2 available on the way down
    assertThat(c.size("h2")).isEqualTo(1);
    assertThat(c.size("h1")).isEqualTo(1);
    assertThat(c.state.stepIndex()).isEqualTo(1);
    assertThat(c.status.availableReplicas()).isEqualTo(2);
    assertThat(c.budgets).allSatisfy(b -> assertThat(b[1]).isGreaterThanOrEqualTo(2));
  }

  @Test
  void scalingWhileTheSetWeightStepIsUnderwayCompletesItAtTheNewSize() {
    c.apply(spec("h2", 4));
    // when spec.replicas goes 4 → 8 before the canary pods are ready
    c.apply(spec("h2", 8));
    c.settle();
    // then setWeight 50 completes at 4 + 4, once
    assertThat(c.size("h2")).isEqualTo(4);
    assertThat(c.size("h1")).isEqualTo(4);
    assertThat(c.journal).filteredOn(StepCompleted.class::isInstance).hasSize(1);
    assertThat(c.state.stepIndex()).isEqualTo(1);

    // when it goes 8 → 2 and the user promotes
    c.apply(spec("h2", 2));
    c.settle();
    assertThat(c.size("h2")).isEqualTo(1);
    assertThat(c.size("h1")).isEqualTo(1);
    c.statusWritten();
    c.observe(new ObservedStatus(false, false, 0, true, 1, "h2", "s", "kubectl-argo-rollouts"));
    c.settle();
    // then the canary takes over at 2
    assertThat(c.size("h2")).isEqualTo(2);
    assertThat(c.size("h1")).isZero();
    assertThat(c.status.phase()).isEqualTo("Healthy");
  }

  @Test
  void specPausedHaltsScalingAsUpstreamDoes() {
    c.apply(spec("h2", 4));
    c.settle();
    // when the rollout is paused by spec.paused and scaled to 8
    c.apply(Fixtures.specOf("h2", 8).steps("s", STEPS).surge(1, 0).paused(true).build());
    c.settle();
    // then nothing is scaled (upstream haltProgress: "user paused")
    assertThat(c.size("h2")).isEqualTo(2);
    assertThat(c.size("h1")).isEqualTo(2);
    assertThat(c.status.phase()).isEqualTo("Paused");
    assertThat(c.status.message()).isEqualTo("manually paused");

    // when it is resumed
    c.apply(spec("h2", 8));
    c.settle();
    assertThat(c.size("h2")).isEqualTo(4);
    assertThat(c.size("h1")).isEqualTo(4);
  }

  private static final Step[] STEPS = {Step.setWeight(50), Step.pause(null)};

  private static RolloutSpec spec(String hash, int replicas) {
    return Fixtures.specOf(hash, replicas).steps("s", STEPS).surge(1, 0).build();
  }
}
