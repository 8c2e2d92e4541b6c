package dev.stepwise.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.stepwise.domain.Desired;
import dev.stepwise.domain.ReplicaSetView;
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

/** Status writes that only move replica counts wait for the hold; transitions do not. */
class StatusHoldTest extends EntityTestSupport {
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

  /** The ReplicaSet with {@code pods} pods, 3 of them ready (so the rollout stays available). */
  private static RolloutCommand.ObserveReplicaSets pods(int pods) {
    return new RolloutCommand.ObserveReplicaSets(
        List.of(new ReplicaSetView("demo-h1", "h1", 1, 3, pods, 3, 3, T0, false)));
  }

  /** An entity that has written its first status as rv 41 (Progressing: one surplus pod). */
  private EventSourcedBehaviorTestKit<RolloutEntity.Command, RolloutEvent, RolloutState> settled(
      RolloutKey key, FakeActuator actuator, Duration hold) {
    return settled(key, actuator, hold, pods(4));
  }

  /** An entity whose first apply, on {@code replicaSets}, has written its status as rv 41. */
  private EventSourcedBehaviorTestKit<RolloutEntity.Command, RolloutEvent, RolloutState> settled(
      RolloutKey key,
      FakeActuator actuator,
      Duration hold,
      RolloutCommand.ObserveReplicaSets replicaSets) {
    return settled(key, actuator, hold, hold, replicaSets);
  }

  private EventSourcedBehaviorTestKit<RolloutEntity.Command, RolloutEvent, RolloutState> settled(
      RolloutKey key,
      FakeActuator actuator,
      Duration hold,
      Duration unreadyHold,
      RolloutCommand.ObserveReplicaSets replicaSets) {
    var kit = entity(key, actuator, new TestClock(T0), hold, unreadyHold);
    send(kit, replicaSets);
    send(kit, Fixtures.observe(key, 40, T0));
    await().untilAsserted(() -> assertThat(actuator.calls()).hasSize(1));
    var first = actuator.call(0).desired().status();
    actuator.call(0).reply().complete(new Result(41L, first, false, null));
    view(kit);
    return kit;
  }

  @Test
  void aCountsOnlyChangeWaitsForTheHoldThenIsWrittenOnce() {
    FakeActuator actuator = new FakeActuator();
    RolloutKey key = freshKey();
    var kit = settled(key, actuator, Duration.ofMillis(800));

    send(kit, pods(5)); // one more pod starts: only the counts move
    send(kit, pods(5));
    view(kit);
    assertThat(actuator.calls()).hasSize(1);

    await().untilAsserted(() -> assertThat(actuator.calls()).hasSize(2));
    assertThat(actuator.call(1).desired().status().replicas()).isEqualTo(5);
    assertThat(actuator.call(1).desired().status().phase())
        .isEqualTo(actuator.call(0).desired().status().phase());
  }

  @Test
  void aPodNotReadyYetWaitsForTheLongerHoldUntilAPodTurnsReady() {
    FakeActuator actuator = new FakeActuator();
    RolloutKey key = freshKey();
    var kit = settled(key, actuator, Duration.ofMillis(200), Duration.ofSeconds(30), pods(4));

    send(kit, pods(5)); // a fifth pod is created, not ready
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(3))
        .untilAsserted(() -> assertThat(actuator.calls()).hasSize(1));

    send(kit, withReady(5, 4)); // it turns ready: the minor hold applies from here
    await().untilAsserted(() -> assertThat(actuator.calls()).hasSize(2));
    assertThat(actuator.call(1).desired().status().replicas()).isEqualTo(5);
    assertThat(actuator.call(1).desired().status().readyReplicas()).isEqualTo(4);
  }

  @Test
  void aPodThatNeverTurnsReadyIsReportedWhenTheLongerHoldRunsOut() {
    FakeActuator actuator = new FakeActuator();
    RolloutKey key = freshKey();
    var kit = settled(key, actuator, Duration.ofMillis(100), Duration.ofMillis(1500), pods(4));

    send(kit, pods(5));
    await()
        .during(Duration.ofMillis(800))
        .atMost(Duration.ofSeconds(2))
        .untilAsserted(() -> assertThat(actuator.calls()).hasSize(1));
    await().untilAsserted(() -> assertThat(actuator.calls()).hasSize(2));
    assertThat(actuator.call(1).desired().status().replicas()).isEqualTo(5);
    assertThat(actuator.call(1).desired().status().readyReplicas()).isEqualTo(3);
  }

  @Test
  void withoutAHoldTheSameChangeIsWrittenAtOnce() {
    FakeActuator actuator = new FakeActuator();
    RolloutKey key = freshKey();
    var kit = settled(key, actuator, Duration.ZERO);

    send(kit, pods(5));
    view(kit);
    assertThat(actuator.calls()).hasSize(2);
  }

  @Test
  void aNewerObservationOfTheRolloutIsNotHeld() {
    FakeActuator actuator = new FakeActuator();
    RolloutKey key = freshKey();
    var kit = settled(key, actuator, Duration.ofSeconds(30));

    send(kit, pods(5));
    send(kit, Fixtures.observe(key, 45, T0)); // someone else changed the Rollout
    view(kit);
    assertThat(actuator.calls()).hasSize(2);
  }

  @Test
  void aCountsChangeWaitsWhileTheCacheDoesNotShowOurOwnReplicaSetWriteYet() {
    FakeActuator actuator = new FakeActuator();
    RolloutKey key = freshKey();
    // two of the three replicas, one ready: the first apply scales up
    var kit = settled(key, actuator, Duration.ofSeconds(30), scaledTo(2, 1));
    assertThat(actuator.call(0).desired().replicaSets())
        .extracting(Desired.ReplicaSetTarget::replicas)
        .containsExactly(3);

    // the second pod turns ready; the informer has not delivered our scale yet
    send(kit, scaledTo(2, 2));
    view(kit);
    assertThat(actuator.calls()).hasSize(1);
  }

  @Test
  void aReplicaSetSomebodyElseChangedIsWrittenAtOnce() {
    FakeActuator actuator = new FakeActuator();
    RolloutKey key = freshKey();
    var kit = settled(key, actuator, Duration.ofSeconds(30));

    // somebody scaled our ReplicaSet down to 2 while a fifth pod starts: the counts alone could
    // wait, the ReplicaSet is scaled back to 3 at once
    send(
        kit,
        new RolloutCommand.ObserveReplicaSets(
            List.of(new ReplicaSetView("demo-h1", "h1", 1, 2, 5, 3, 3, T0, false))));
    view(kit);
    assertThat(actuator.calls()).hasSize(2);
    assertThat(actuator.call(1).desired().replicaSets())
        .extracting(Desired.ReplicaSetTarget::replicas)
        .containsExactly(3);
  }

  /** The ReplicaSet of 3 with {@code pods} pods, {@code ready} of them ready and available. */
  private static RolloutCommand.ObserveReplicaSets withReady(int pods, int ready) {
    return new RolloutCommand.ObserveReplicaSets(
        List.of(new ReplicaSetView("demo-h1", "h1", 1, 3, pods, ready, ready, T0, false)));
  }

  /** The ReplicaSet scaled to {@code spec}: {@code spec} pods, {@code ready} of them ready. */
  private static RolloutCommand.ObserveReplicaSets scaledTo(int spec, int ready) {
    return new RolloutCommand.ObserveReplicaSets(
        List.of(new ReplicaSetView("demo-h1", "h1", 1, spec, spec, ready, ready, T0, false)));
  }
}
