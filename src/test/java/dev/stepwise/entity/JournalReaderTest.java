package dev.stepwise.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.persistence.typed.PersistenceId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The reader decodes a real H2 journal file after the system that wrote it has stopped. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JournalReaderTest {
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  private static final RolloutKey B = new RolloutKey("team-b", "api");
  private static final RolloutKey A = new RolloutKey("team-a", "web");

  private Config config;
  private List<RolloutEvent> historyA;
  private List<RolloutEvent> historyB;
  private Instant writtenFrom;
  private Instant writtenTo;

  @BeforeAll
  void writeJournalsAndStop(@TempDir Path dataDir) throws Exception {
    config =
        StepwiseSystem.loadConfig(
            ConfigFactory.parseString("pekko.actor.provider = local")
                .withFallback(
                    ConfigFactory.parseMap(
                        java.util.Map.of("stepwise.data-dir", dataDir.toString()))));
    historyA = Fixtures.everyEvent(A, T0);
    historyB = Fixtures.pausedHistory(B, T0, T0.plusSeconds(30));
    ActorSystem<Void> writer = ActorSystem.create(Behaviors.empty(), "writer", config);
    try {
      JournalSchema.createH2IfNotExists(writer).toCompletableFuture().get(30, TimeUnit.SECONDS);
      writtenFrom = Instant.now().minusSeconds(1);
      write(writer, RolloutEntity.persistenceId(B), historyB);
      write(writer, RolloutEntity.persistenceId(A), historyA);
      write(writer, PersistenceId.ofUniqueId("NotARollout|x"), historyB.subList(0, 1));
      writtenTo = Instant.now().plusSeconds(1);
    } finally {
      writer.terminate();
      writer.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  private static void write(ActorSystem<?> system, PersistenceId id, List<RolloutEvent> events)
      throws Exception {
    var seeder =
        system.systemActorOf(JournalSeeder.create(id), "seed-" + id.hashCode(), Props.empty());
    AskPattern.ask(
            seeder,
            (org.apache.pekko.actor.typed.ActorRef<org.apache.pekko.Done> replyTo) ->
                new JournalSeeder.Write(events, replyTo),
            Duration.ofSeconds(30),
            system.scheduler())
        .toCompletableFuture()
        .get(30, TimeUnit.SECONDS);
  }

  @Test
  void listsRolloutsSortedAndSkipsOtherJournals() {
    try (JournalReader reader = JournalReader.open(config)) {
      assertThat(reader.rollouts()).containsExactly(A, B);
    }
  }

  @Test
  void readsEveryEventInOrderWithItsWriteTime() {
    try (JournalReader reader = JournalReader.open(config)) {
      List<JournalReader.Entry> entries = reader.events(A);

      assertThat(entries).extracting(JournalReader.Entry::event).isEqualTo(historyA);
      assertThat(entries)
          .extracting(JournalReader.Entry::sequenceNr)
          .containsExactlyElementsOf(
              java.util.stream.LongStream.rangeClosed(1, historyA.size()).boxed().toList());
      assertThat(entries)
          .allSatisfy(e -> assertThat(e.written()).isBetween(writtenFrom, writtenTo));
      assertThat(reader.events(B)).extracting(JournalReader.Entry::event).isEqualTo(historyB);
    }
  }

  @Test
  void aRolloutWithoutJournalHasNoEvents() {
    try (JournalReader reader = JournalReader.open(config)) {
      assertThat(reader.events(new RolloutKey("team-a", "missing"))).isEmpty();
    }
  }
}
