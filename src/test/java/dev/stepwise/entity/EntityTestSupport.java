package dev.stepwise.entity;

import com.typesafe.config.ConfigFactory;
import dev.stepwise.domain.RolloutActuator;
import dev.stepwise.domain.RolloutCommand;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.domain.RolloutState;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.LogCapturingExtension;
import org.apache.pekko.persistence.testkit.javadsl.EventSourcedBehaviorTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One in-memory-journal actor system per test class (PER_CLASS: STACK.md pitfall 7) and a fresh
 * entity per test, with serialization verified for every command, event and state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(LogCapturingExtension.class)
abstract class EntityTestSupport {
  private static final AtomicInteger NEXT = new AtomicInteger();

  protected final ActorTestKit testKit =
      ActorTestKit.create(
          EventSourcedBehaviorTestKit.config()
              .withFallback(ConfigFactory.parseString("pekko.actor.provider = local"))
              .withFallback(ConfigFactory.load()));

  @AfterAll
  void shutdown() {
    testKit.shutdownTestKit();
  }

  /** A key no other test uses, so journals do not mix. */
  protected static RolloutKey freshKey() {
    return new RolloutKey("ns", "demo-" + NEXT.incrementAndGet());
  }

  protected EventSourcedBehaviorTestKit<RolloutEntity.Command, RolloutEvent, RolloutState> entity(
      RolloutKey key, RolloutActuator actuator, Clock clock) {
    return EventSourcedBehaviorTestKit.create(
        testKit.system(),
        RolloutEntity.create(
            key, actuator, clock, RolloutEntity.DEFAULT_SNAPSHOT_EVERY, NoAnalysisRunner.INSTANCE),
        EventSourcedBehaviorTestKit.enabledSerializationSettings());
  }

  protected EventSourcedBehaviorTestKit<RolloutEntity.Command, RolloutEvent, RolloutState> entity(
      RolloutKey key,
      RolloutActuator actuator,
      Clock clock,
      dev.stepwise.entity.analysis.AnalysisRunner runner) {
    return EventSourcedBehaviorTestKit.create(
        testKit.system(),
        RolloutEntity.create(key, actuator, clock, RolloutEntity.DEFAULT_SNAPSHOT_EVERY, runner),
        EventSourcedBehaviorTestKit.enabledSerializationSettings());
  }

  /** An entity whose minor status writes wait up to {@code hold} (StatusHold). */
  protected EventSourcedBehaviorTestKit<RolloutEntity.Command, RolloutEvent, RolloutState> entity(
      RolloutKey key, RolloutActuator actuator, Clock clock, java.time.Duration hold) {
    return entity(key, actuator, clock, hold, hold);
  }

  /**
   * An entity whose minor status writes wait up to {@code hold}, those in which no pod became ready
   * up to {@code unreadyHold} (StatusHold).
   */
  protected EventSourcedBehaviorTestKit<RolloutEntity.Command, RolloutEvent, RolloutState> entity(
      RolloutKey key,
      RolloutActuator actuator,
      Clock clock,
      java.time.Duration hold,
      java.time.Duration unreadyHold) {
    return EventSourcedBehaviorTestKit.create(
        testKit.system(),
        RolloutEntity.create(
            key,
            actuator,
            clock,
            RolloutEntity.DEFAULT_SNAPSHOT_EVERY,
            hold,
            unreadyHold,
            NoAnalysisRunner.INSTANCE),
        EventSourcedBehaviorTestKit.enabledSerializationSettings());
  }

  protected static RolloutEntity.View view(
      EventSourcedBehaviorTestKit<RolloutEntity.Command, RolloutEvent, RolloutState> kit) {
    return kit.<RolloutEntity.View>runCommand(RolloutEntity.GetState::new).reply();
  }

  protected static void send(
      EventSourcedBehaviorTestKit<RolloutEntity.Command, RolloutEvent, RolloutState> kit,
      RolloutCommand command) {
    kit.runCommand(new RolloutEntity.Apply(command));
  }
}
