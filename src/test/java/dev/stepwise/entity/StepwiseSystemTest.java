package dev.stepwise.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.stepwise.domain.RolloutActuator;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.domain.RolloutState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.pekko.Done;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A whole node on an H2 file: an in-progress rollout comes back after a restart by itself. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StepwiseSystemTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  private static final RolloutKey KEY = new RolloutKey("shop", "checkout");

  @Test
  void rememberedEntityRestartsWithoutAMessageAndResumesItsTimer(@TempDir Path dataDir)
      throws Exception {
    Config config =
        StepwiseSystem.loadConfig(
            ConfigFactory.parseMap(Map.of("stepwise.data-dir", dataDir.toString())));
    Instant deadline = T0.plus(Duration.ofHours(1));
    List<RolloutEvent> history = Fixtures.pausedHistory(KEY, T0, deadline);
    RolloutState expected = RolloutState.empty();
    for (RolloutEvent event : history) {
      expected = expected.apply(event);
    }

    TestClock beforeDeadline = new TestClock(T0.plusSeconds(10));
    try (StepwiseSystem first = StepwiseSystem.start(config, noop(), beforeDeadline)) {
      seed(first.system(), history);
      RolloutEntity.View view = get(first.shardedCommandSink().state(KEY, TIMEOUT));
      assertThat(view.state()).isEqualTo(expected);
      assertThat(view.wakeUpAt()).isEqualTo(deadline);
    }

    // The controller was down past the deadline; nobody sends the entity anything.
    RolloutState before = expected;
    TestClock afterDeadline = new TestClock(deadline.plusSeconds(60));
    try (StepwiseSystem second = StepwiseSystem.start(config, noop(), afterDeadline)) {
      await()
          .atMost(TIMEOUT)
          .untilAsserted(
              () -> assertThat(runningEntities(second.system())).contains(KEY.entityId()));
      // the wake-up for the passed deadline is a timer message: a GetState may come first
      await()
          .atMost(TIMEOUT)
          .untilAsserted(
              () -> {
                RolloutEntity.View view = get(second.shardedCommandSink().state(KEY, TIMEOUT));
                assertThat(view.state().name()).isEqualTo(KEY.name());
                assertThat(view.state().incarnation()).isEqualTo(before.incarnation());
                assertThat(view.lastWakeUp()).isEqualTo(afterDeadline.instant());
              });
    }

    try (JournalReader reader = JournalReader.open(config)) {
      assertThat(reader.rollouts()).containsExactly(KEY);
      assertThat(reader.events(KEY))
          .extracting(JournalReader.Entry::event)
          .startsWith(history.toArray(RolloutEvent[]::new));
    }
  }

  private static RolloutActuator noop() {
    return new FakeActuator().answering(n -> RolloutActuator.Result.NOTHING);
  }

  /** Writes the rollout's history before its entity first starts. */
  private static void seed(ActorSystem<?> system, List<RolloutEvent> history) throws Exception {
    var seeder =
        system.systemActorOf(
            JournalSeeder.create(RolloutEntity.persistenceId(KEY)), "seeder", Props.empty());
    get(
        AskPattern.ask(
            seeder,
            (ActorRef<Done> replyTo) -> new JournalSeeder.Write(history, replyTo),
            TIMEOUT,
            system.scheduler()));
  }

  private static Set<String> runningEntities(ActorSystem<?> system) throws Exception {
    return RolloutShards.on(system, TIMEOUT).stream()
        .flatMap(shard -> shard.getEntityIds().stream())
        .collect(Collectors.toSet());
  }

  private static <T> T get(java.util.concurrent.CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }
}
