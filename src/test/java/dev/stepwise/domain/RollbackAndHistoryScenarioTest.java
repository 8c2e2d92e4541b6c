package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.RolloutEvent.Completed;
import dev.stepwise.domain.RolloutEvent.PauseStarted;
import dev.stepwise.domain.RolloutEvent.RevisionStarted;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Given/when/then scenarios of rollbacks (semantics §3.11: to stable, within rollbackWindow) and of
 * revisionHistoryLimit clean-up (§3.2). Canary of 4: setWeight 25, pause {}.
 */
class RollbackAndHistoryScenarioTest {
  FakeCluster c = new FakeCluster();

  @Test
  void aRollbackWithinTheWindowSkipsTheStepsAndCompletes() {
    deployFully("h1", 2);
    deployFully("h2", 2);
    // when the user goes back to h1 (older than the stable h2, nothing in between)
    List<RolloutEvent> events = c.apply(spec("h1", 2, null));
    RevisionStarted started = started(events);
    assertThat(started.withinRollbackWindow()).isTrue();
    assertThat(started.fastTrack()).isFalse();
    assertThat(started.existingReplicas()).isZero();
    c.settle();
    // then no step or pause runs, h1 takes over, and it completes "Rollback within window"
    assertThat(eventsSince(started)).noneMatch(PauseStarted.class::isInstance);
    assertThat(c.size("h1")).isEqualTo(4);
    assertThat(c.size("h2")).isZero();
    assertThat(lastCompleted().reason()).isEqualTo("Rollback within window");
    assertThat(c.status.phase()).isEqualTo("Healthy");
    // upstream: the existing ReplicaSet is not created again (no RolloutUpdated), and SkipSteps
    // only when it still had pods
    assertThat(KubeEvents.of(c.state, List.of(started)))
        .extracting(KubeEvents.KubeEvent::reason)
        .containsExactly("RolloutNotCompleted");
  }

  @Test
  void aRollbackOutsideTheWindowRunsTheSteps() {
    deployFully("h1", 1);
    deployFully("h2", 1);
    deployFully("h3", 1);
    // when the user goes back to h1 with h2 created in between and a window of 1
    RevisionStarted started = started(c.apply(spec("h1", 1, null)));
    c.settle();
    // then it is an update like any other: it stops at the pause
    assertThat(started.withinRollbackWindow()).isFalse();
    assertThat(c.state.pause()).isNotNull();
    assertThat(c.size("h1")).isEqualTo(1);
  }

  @Test
  void aRollbackToStableMidUpdateIsFastTracked() {
    deployFully("h1", null);
    c.apply(spec("h2", null, null));
    c.settle();
    assertThat(c.state.pause()).isNotNull();
    // when the user goes back to the stable template
    RevisionStarted started = started(c.apply(spec("h1", null, null)));
    c.settle();
    assertThat(started.fastTrack()).isTrue();
    assertThat(started.supersededRevision()).isEqualTo(2);
    assertThat(KubeEvents.of(c.state, List.of(started)))
        .containsExactly(
            new KubeEvents.KubeEvent("Normal", "SkipSteps", "Rollback to stable ReplicaSets"));
    assertThat(c.size("h1")).isEqualTo(4);
    assertThat(c.size("h2")).isZero();
    assertThat(c.status.phase()).isEqualTo("Healthy");
  }

  @Test
  void revisionHistoryLimitDeletesOnlyFullyScaledDownOldReplicaSetsOldestFirst() {
    c.apply(Fixtures.specOf("h1", 4).steps("s", STEPS).historyLimit(1).build());
    c.settle();
    for (String hash : List.of("h2", "h3")) {
      deployFully(hash, null);
    }
    // then of h1 and h2 (both scaled down) only the newest, h2, is kept
    assertThat(c.replicaSets.keySet()).containsExactlyInAnyOrder("h2", "h3");

    // when h4 is mid-update, h3 (stable, with pods) is kept, and h2 stays within the limit
    c.apply(Fixtures.specOf("h4", 4).steps("s", STEPS).historyLimit(1).build());
    c.settle();
    assertThat(c.replicaSets.keySet()).containsExactlyInAnyOrder("h2", "h3", "h4");
    // once h4 is stable, h2 (the oldest scaled-down) goes and h3 stays
    promote();
    assertThat(c.replicaSets.keySet()).containsExactlyInAnyOrder("h3", "h4");
  }

  static final Step[] STEPS = {Step.setWeight(25), Step.pause(null)};

  private void deployFully(String hash, Integer window) {
    c.advance(60); // ReplicaSets of later revisions are created later
    c.apply(spec(hash, window, c.spec == null ? null : c.spec.revisionHistoryLimit()));
    c.settle();
    promote();
  }

  private void promote() {
    if (c.state.pause() != null) {
      c.statusWritten();
      c.observe(
          new ObservedStatus(
              false,
              false,
              0,
              true,
              c.state.pause().stepIndex(),
              c.state.currentHash(),
              "s",
              null));
      c.settle();
    }
    assertThat(c.status.phase()).isEqualTo("Healthy");
  }

  private static RolloutSpec spec(String hash, Integer window, Integer limit) {
    return Fixtures.specOf(hash, 4)
        .steps("s", STEPS)
        .rollbackWindow(window)
        .historyLimit(limit)
        .build();
  }

  private RevisionStarted started(List<RolloutEvent> events) {
    return (RevisionStarted)
        events.stream().filter(RevisionStarted.class::isInstance).findFirst().orElseThrow();
  }

  private List<RolloutEvent> eventsSince(RolloutEvent e) {
    return c.journal.subList(c.journal.indexOf(e), c.journal.size());
  }

  private Completed lastCompleted() {
    return (Completed)
        c.journal.stream().filter(Completed.class::isInstance).reduce((a, b) -> b).orElseThrow();
  }
}
