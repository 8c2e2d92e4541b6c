package dev.stepwise.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.stepwise.domain.RolloutActuator.Result;
import dev.stepwise.domain.RolloutCommand;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.domain.RolloutState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pekko.persistence.testkit.javadsl.EventSourcedBehaviorTestKit;
import org.junit.jupiter.api.Test;

/** How the entity hands desired state to the actuator and what it learns back. */
class RolloutActuationTest extends EntityTestSupport {
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

  @Test
  void noHandOffBeforeTheFirstObserve() {
    RolloutKey key = freshKey();
    FakeActuator actuator = new FakeActuator().answering(n -> Result.NOTHING);
    var kit = entity(key, actuator, new TestClock(T0));

    send(kit, new RolloutCommand.ObserveReplicaSets(List.of(Fixtures.replicaSet(T0))));
    send(kit, new RolloutCommand.Tick());
    assertThat(actuator.calls()).isEmpty();

    send(kit, Fixtures.observe(key, 3, T0));
    await().untilAsserted(() -> assertThat(actuator.calls()).isNotEmpty());
    assertThat(actuator.call(0).knownResourceVersion()).isEqualTo(3);
    assertThat(view(kit).observed()).isTrue();
  }

  @Test
  void atMostOneCallInFlightAndOnlyTheLatestRequestRunsAfterIt() {
    RolloutKey key = freshKey();
    FakeActuator actuator = new FakeActuator(); // calls stay pending until completed here
    var kit = entity(key, actuator, new TestClock(T0));

    send(kit, Fixtures.observe(key, 1, T0));
    await().untilAsserted(() -> assertThat(actuator.calls()).hasSize(1));
    send(kit, Fixtures.observe(key, 2, T0));
    send(kit, Fixtures.observe(key, 3, T0));
    view(kit); // the entity has handled everything sent so far
    assertThat(actuator.calls()).hasSize(1);

    actuator.call(0).reply().complete(Result.NOTHING);

    await().untilAsserted(() -> assertThat(actuator.calls()).hasSize(2));
    assertThat(actuator.call(1).knownResourceVersion()).isEqualTo(3);
    actuator.call(1).reply().complete(Result.NOTHING);
    view(kit);
    assertThat(actuator.calls()).hasSize(2);
    assertThat(actuator.maxOverlap()).isZero();
  }

  @Test
  void aStaleObserveIsIgnored() {
    RolloutKey key = freshKey();
    FakeActuator actuator = new FakeActuator().answering(n -> Result.NOTHING);
    var kit = entity(key, actuator, new TestClock(T0));
    send(kit, Fixtures.observe(key, 10, T0));
    await().untilAsserted(() -> assertThat(actuator.calls()).hasSize(1));

    send(kit, Fixtures.observe(key, 9, T0));

    assertThat(view(kit).knownResourceVersion()).isEqualTo(10);
    assertThat(actuator.calls()).hasSize(1);
    send(kit, Fixtures.observe(key, 10, T0)); // the same version again is not stale (resync)
    await().untilAsserted(() -> assertThat(actuator.calls()).hasSize(2));
  }

  @Test
  void aStatusWriteIsFedBackAndMakesOlderWatchEventsStale() {
    RolloutKey key = freshKey();
    FakeActuator actuator =
        new FakeActuator().answering(n -> new Result(42L, Fixtures.status(T0), false, null));
    var kit = entity(key, actuator, new TestClock(T0));

    send(kit, Fixtures.observe(key, 40, T0));

    await().untilAsserted(() -> assertThat(view(kit).knownResourceVersion()).isEqualTo(42));
    int calls = actuator.calls().size();
    send(kit, Fixtures.observe(key, 41, T0)); // our own write's watch event not yet seen: stale
    assertThat(view(kit).knownResourceVersion()).isEqualTo(42);
    assertThat(actuator.calls()).hasSize(calls);

    send(kit, Fixtures.observe(key, 43, T0));
    await().untilAsserted(() -> assertThat(actuator.calls()).hasSizeGreaterThan(calls));
    assertThat(actuator.calls().getLast().knownResourceVersion()).isEqualTo(43);
  }

  /** An entity that observed its Rollout (rv 40) and whose first actuator call is pending. */
  private EventSourcedBehaviorTestKit<RolloutEntity.Command, RolloutEvent, RolloutState>
      firstCallPending(FakeActuator actuator, TestClock clock) {
    RolloutKey key = freshKey();
    var kit = entity(key, actuator, clock);
    send(kit, new RolloutCommand.ObserveReplicaSets(List.of(Fixtures.replicaSet(T0))));
    send(kit, Fixtures.observe(key, 40, T0));
    await().untilAsserted(() -> assertThat(actuator.calls()).hasSize(1));
    return kit;
  }

  @Test
  void decisionsBeforeTheWatchDeliversOurWriteKeepTheConditionTimesJustWritten() {
    FakeActuator actuator = new FakeActuator();
    TestClock clock = new TestClock(T0);
    var kit = firstCallPending(actuator, clock);
    var first = actuator.call(0).desired().status();
    clock.advance(Duration.ofSeconds(5));

    // the write succeeded as rv 41; the watch has not delivered it, a ReplicaSet event comes first
    actuator.call(0).reply().complete(new Result(41L, first, false, null));
    view(kit);
    send(kit, new RolloutCommand.ObserveReplicaSets(List.of(Fixtures.replicaSet(T0))));

    await().untilAsserted(() -> assertThat(actuator.calls()).hasSize(2));
    // the same status again, not one with "now" stamped into the conditions the watch lacks
    assertThat(actuator.call(1).desired().status().conditions()).isEqualTo(first.conditions());
    assertThat(first.conditions()).extracting(c -> c.type()).contains("Available", "Completed");
  }

  @Test
  void aRequestThatWaitedBehindAWriteIsDecidedWhenItStarts() {
    FakeActuator actuator = new FakeActuator();
    TestClock clock = new TestClock(T0);
    var kit = firstCallPending(actuator, clock);
    var first = actuator.call(0).desired().status();

    // 5 s later, queued while the first call is in flight; then the first call's write lands
    clock.advance(Duration.ofSeconds(5));
    send(kit, new RolloutCommand.ObserveReplicaSets(List.of(Fixtures.replicaSet(T0))));
    actuator.call(0).reply().complete(new Result(41L, first, false, null));

    await().untilAsserted(() -> assertThat(actuator.calls()).hasSize(2));
    assertThat(actuator.call(1).desired().status().conditions()).isEqualTo(first.conditions());
    assertThat(actuator.call(1).knownResourceVersion()).isEqualTo(41);
  }

  @Test
  void aCallThatMustBeRetriedRunsAgainByItself() {
    RolloutKey key = freshKey();
    FakeActuator actuator =
        new FakeActuator()
            .answering(n -> n == 0 ? new Result(null, null, true, "409 conflict") : Result.NOTHING);
    var kit = entity(key, actuator, new TestClock(T0));

    send(kit, Fixtures.observe(key, 7, T0));

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(actuator.calls()).hasSize(2));
    assertThat(actuator.call(1).newEvents()).isEqualTo(actuator.call(0).newEvents());
    assertThat(actuator.call(1).desired()).isEqualTo(actuator.call(0).desired());
    assertThat(actuator.maxOverlap()).isZero();
  }

  @Test
  void anActuatorBugIsRetriedRatherThanWedgingTheEntity() {
    RolloutKey key = freshKey();
    FakeActuator actuator =
        new FakeActuator()
            .answering(
                n -> {
                  if (n == 0) {
                    throw new IllegalStateException("bug");
                  }
                  return Result.NOTHING;
                });
    var kit = entity(key, actuator, new TestClock(T0));

    send(kit, Fixtures.observe(key, 7, T0));

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(actuator.calls()).hasSize(2));
  }

  @Test
  void handOffComesAfterPersistWithTheEventsJustPersisted() {
    RolloutKey key = freshKey();
    FakeActuator actuator = new FakeActuator().answering(n -> Result.NOTHING);
    var kit = entity(key, actuator, new TestClock(T0));

    var result = kit.runCommand(new RolloutEntity.Apply(Fixtures.observe(key, 5, T0)));

    assertThat(result.events()).isNotEmpty(); // a new Rollout object is registered
    await().untilAsserted(() -> assertThat(actuator.calls()).isNotEmpty());
    FakeActuator.Call call = actuator.call(0);
    assertThat(call.newEvents()).containsExactlyElementsOf(result.events());
    assertThat(call.state()).isEqualTo(result.state());
    assertThat(kit.persistenceTestKit().persistedInStorage(RolloutEntity.persistenceId(key).id()))
        .containsExactlyElementsOf(result.events());
  }
}
