package dev.stepwise.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.RolloutActuator;
import dev.stepwise.domain.RolloutCommand;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.domain.RolloutState;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.serialization.SerializationExtension;
import org.apache.pekko.serialization.jackson.JacksonCborSerializer;
import org.junit.jupiter.api.Test;

/** Events, snapshots and entity commands survive the journal's and the cluster's serializer. */
class RolloutSerializationTest extends EntityTestSupport {
  private static final Instant T = Instant.parse("2025-03-01T10:15:30.123456Z");
  private static final RolloutKey KEY = new RolloutKey("ns", "demo");

  @Test
  void everyEventTypeRoundTripsThroughJacksonCbor() {
    var events = Fixtures.everyEvent(KEY, T);
    Set<Class<?>> covered = events.stream().map(Object::getClass).collect(Collectors.toSet());
    assertThat(covered).containsExactlyInAnyOrder(RolloutEvent.class.getPermittedSubclasses());

    var serialization = SerializationExtension.get(Adapter.toClassic(testKit.system()));
    for (RolloutEvent event : events) {
      assertThat(serialization.findSerializerFor(event)).isInstanceOf(JacksonCborSerializer.class);
      testKit.serializationTestKit().verifySerialization(event, true);
    }
  }

  @Test
  void stateAndViewRoundTrip() {
    RolloutState state = Fixtures.fullState(T);
    testKit.serializationTestKit().verifySerialization(state, true);
    testKit.serializationTestKit().verifySerialization(RolloutState.empty(), true);
    var view = new RolloutEntity.View(state, Fixtures.status(T), 42, true, T, T.minusSeconds(1));
    testKit.serializationTestKit().verifySerialization(view, true);
  }

  @Test
  void everyCommandTypeRoundTripsInsideApply() {
    var commands = Fixtures.everyCommand(KEY, T);
    Set<Class<?>> covered = commands.stream().map(Object::getClass).collect(Collectors.toSet());
    assertThat(covered).containsExactlyInAnyOrder(RolloutCommand.class.getPermittedSubclasses());
    for (RolloutCommand command : commands) {
      testKit.serializationTestKit().verifySerialization(new RolloutEntity.Apply(command), true);
    }
  }

  @Test
  void entityAcceptsEveryCommandWithSerializationVerified() {
    // The testkit serializes each command, the events it persists and the state after it.
    var kit =
        entity(
            freshKey(),
            new FakeActuator().answering(n -> RolloutActuator.Result.NOTHING),
            new TestClock(T));
    for (RolloutCommand command : Fixtures.everyCommand(KEY, T)) {
      kit.runCommand(new RolloutEntity.Apply(command));
    }
    assertThat(view(kit).state()).isEqualTo(kit.getState());
  }
}
