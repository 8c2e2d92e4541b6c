package dev.stepwise.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.stepwise.domain.Cause;
import dev.stepwise.domain.RolloutActuator;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.domain.RolloutState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recovery rebuilds state from the journal and re-arms the wake-up timer from it. */
class RolloutRecoveryTest extends EntityTestSupport {
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

  @Test
  void recoveryReplaysTheJournalToTheSameState() {
    RolloutKey key = freshKey();
    List<RolloutEvent> history = Fixtures.everyEvent(key, T0);
    var kit = entity(key, new FakeActuator(), new TestClock(T0));
    kit.initialize(history.toArray());

    RolloutState replayed = kit.restart().state();

    RolloutState expected = RolloutState.empty();
    for (RolloutEvent event : history) {
      expected = expected.apply(event);
    }
    assertThat(replayed).isEqualTo(expected).isNotEqualTo(RolloutState.empty());
    assertThat(replayed.name()).isEqualTo(key.name());
    assertThat(kit.restart().state()).isEqualTo(replayed);
  }

  @Test
  void timerIsReArmedAfterRestartAndFiresAtThePersistedDeadline() {
    RolloutKey key = freshKey();
    TestClock clock = new TestClock(T0);
    Instant deadline = T0.plusMillis(1500);
    var kit = entity(key, new FakeActuator(), clock);
    kit.initialize(Fixtures.pausedHistory(key, T0.minusSeconds(5), deadline).toArray());

    assertThat(kit.restart().state().nextWakeup()).contains(deadline);
    RolloutEntity.View armed = view(kit);
    assertThat(armed.wakeUpAt()).isEqualTo(deadline);
    assertThat(armed.lastWakeUp()).isNull();

    clock.set(deadline);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(view(kit).lastWakeUp()).isEqualTo(deadline));
    assertThat(view(kit).wakeUpAt()).isNotEqualTo(deadline);
  }

  @Test
  void aWakeUpBeforeTheDeadlineArmsTheTimerAgain() {
    RolloutKey key = freshKey();
    TestClock clock = new TestClock(T0);
    Instant deadline = T0.plusMillis(1500);
    var kit = entity(key, new FakeActuator(), clock);
    // an update of a rollout that has a stable revision, paused at its second step
    Instant t = T0.minusSeconds(60);
    List<RolloutEvent> history =
        List.of(
            new RolloutEvent.Registered(key.namespace(), key.name(), Fixtures.UID, t),
            new RolloutEvent.SpecChanged(Fixtures.spec("h1"), 1, t),
            new RolloutEvent.RevisionStarted(1, "h1", Map.of("app", "nginx:1.25"), false, t),
            new RolloutEvent.Completed(1, "h1", "initial", t.plusSeconds(1)),
            new RolloutEvent.SpecChanged(Fixtures.spec("h2"), 2, t.plusSeconds(2)),
            new RolloutEvent.RevisionStarted(2, "h2", Map.of("app", "nginx:1.26"), false, t),
            new RolloutEvent.StepCompleted(0, "setWeight 20", Cause.CONTROLLER, t.plusSeconds(3)),
            new RolloutEvent.PauseStarted(1, "CanaryPauseStep", deadline, t.plusSeconds(3)));
    kit.initialize(history.toArray());

    // the timer fires with the wall clock still short of the deadline: nothing is due yet
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(view(kit).lastWakeUp()).isEqualTo(T0));
    await().untilAsserted(() -> assertThat(view(kit).wakeUpAt()).isEqualTo(deadline));

    clock.set(deadline);
    String persistenceId = RolloutEntity.persistenceId(key).id();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(kit.persistenceTestKit().persistedInStorage(persistenceId))
                    .hasSizeGreaterThan(history.size()));
  }

  @Test
  void deadlineThatPassedWhileDownFiresAtOnce() {
    RolloutKey key = freshKey();
    TestClock clock = new TestClock(T0);
    Instant deadline = T0.minusSeconds(30);
    var kit = entity(key, new FakeActuator(), clock);
    List<RolloutEvent> history = Fixtures.pausedHistory(key, T0.minusSeconds(60), deadline);
    // initialize() recovers a fresh entity from this journal.
    kit.initialize(history.toArray());

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(view(kit).lastWakeUp()).isEqualTo(T0));
    // The Tick went through decide and what it decided was journaled after the recovered events.
    String persistenceId = RolloutEntity.persistenceId(key).id();
    await()
        .untilAsserted(
            () ->
                assertThat(kit.persistenceTestKit().persistedInStorage(persistenceId))
                    .hasSizeGreaterThan(history.size())
                    .startsWith(history.toArray()));
  }

  @Test
  void recoveredEntityHandsOffOnlyAfterItObservedTheObjectAndDoesNotReplayOldEvents() {
    RolloutKey key = freshKey();
    TestClock clock = new TestClock(T0);
    FakeActuator actuator = new FakeActuator().answering(n -> RolloutActuator.Result.NOTHING);
    List<RolloutEvent> history = Fixtures.pausedHistory(key, T0, T0.plusSeconds(3600));
    var kit = entity(key, actuator, clock);
    kit.initialize(history.toArray());
    RolloutState recovered = kit.restart().state();

    send(kit, new dev.stepwise.domain.RolloutCommand.ObserveReplicaSets(List.of()));
    assertThat(view(kit).observed()).isFalse();
    assertThat(actuator.calls()).isEmpty();

    send(kit, Fixtures.observe(key, 17, T0));

    await().untilAsserted(() -> assertThat(actuator.calls()).isNotEmpty());
    FakeActuator.Call first = actuator.call(0);
    assertThat(first.key()).isEqualTo(key);
    assertThat(first.knownResourceVersion()).isEqualTo(17);
    assertThat(first.state().incarnation()).isEqualTo(recovered.incarnation());
    assertThat(first.newEvents()).doesNotContainAnyElementsOf(history);
  }
}
