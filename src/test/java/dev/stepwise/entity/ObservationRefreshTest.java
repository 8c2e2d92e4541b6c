package dev.stepwise.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.RolloutActuator;
import dev.stepwise.domain.RolloutKey;
import java.time.Duration;
import java.time.Instant;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A recovered entity that no observation reaches (its shard moved to this node, so nothing on the
 * API server changed) asks the node forwarding informer events for its Rollout; one that was
 * observed does not ask.
 */
class ObservationRefreshTest extends EntityTestSupport {
  private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
  private TestProbe<WatchLeadership.Command> leader;

  @BeforeAll
  void registerLeader() {
    leader = testKit.createTestProbe(WatchLeadership.Command.class);
    WatchLeadership.register(testKit.system(), leader.ref());
  }

  @Test
  void entityWithoutObservationAsksForItsRollout() {
    RolloutKey key = freshKey();
    spawn(key);

    var refresh =
        leader.expectMessageClass(
            WatchLeadership.Refresh.class,
            WatchLeadership.REFRESH_AFTER.plus(Duration.ofSeconds(3)));
    assertThat(refresh.entityIds()).containsExactly(key.entityId());
  }

  @Test
  void observedEntityDoesNotAsk() {
    RolloutKey key = freshKey();
    ActorRef<RolloutEntity.Command> entity = spawn(key);
    entity.tell(new RolloutEntity.Apply(Fixtures.observe(key, 3, T0)));

    leader.expectNoMessage(WatchLeadership.REFRESH_AFTER.plus(Duration.ofSeconds(1)));
  }

  private ActorRef<RolloutEntity.Command> spawn(RolloutKey key) {
    FakeActuator actuator = new FakeActuator().answering(n -> RolloutActuator.Result.NOTHING);
    return testKit.spawn(RolloutEntity.create(key, actuator, new TestClock(T0), 100));
  }
}
