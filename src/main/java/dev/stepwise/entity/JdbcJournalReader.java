package dev.stepwise.entity;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.persistence.jdbc.query.javadsl.JdbcReadJournal;
import org.apache.pekko.persistence.query.EventEnvelope;
import org.apache.pekko.persistence.query.PersistenceQuery;
import org.apache.pekko.stream.javadsl.Sink;

/**
 * {@link JournalReader} over pekko-persistence-jdbc's read journal, on a small local (non-cluster)
 * actor system with the controller's journal config, so events decode with the same serializer.
 * Works while the controller is stopped, and while it runs (the H2 URL uses AUTO_SERVER).
 */
final class JdbcJournalReader implements JournalReader {
  private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(60);
  private static final String PREFIX = RolloutEntity.ENTITY_TYPE_KEY.name() + "|";

  private final ActorSystem<Void> system;
  private final JdbcReadJournal journal;

  private JdbcJournalReader(ActorSystem<Void> system) {
    this.system = system;
    this.journal =
        PersistenceQuery.get(system)
            .getReadJournalFor(JdbcReadJournal.class, JdbcReadJournal.Identifier());
  }

  /** Opens a reader on the journal configured in {@code config} (a loaded, resolved config). */
  static JdbcJournalReader open(Config config) {
    Config local =
        ConfigFactory.parseString(
                """
                pekko.actor.provider = local
                pekko.loglevel = WARNING
                pekko.coordinated-shutdown.run-by-jvm-shutdown-hook = off
                """)
            .withFallback(config);
    ActorSystem<Void> system =
        ActorSystem.create(Behaviors.empty(), "stepwise-journal-reader", local);
    try {
      if (config.getBoolean("stepwise.journal.create-schema")) {
        // An empty journal reads as "no rollouts" rather than as a missing-table error.
        await(JournalSchema.createH2IfNotExists(system));
      }
      return new JdbcJournalReader(system);
    } catch (RuntimeException e) {
      system.terminate();
      throw e;
    }
  }

  @Override
  public List<RolloutKey> rollouts() {
    List<String> ids = await(journal.currentPersistenceIds().runWith(Sink.seq(), system));
    return ids.stream()
        .filter(id -> id.startsWith(PREFIX))
        .map(id -> RolloutKey.fromEntityId(id.substring(PREFIX.length())))
        .sorted(Comparator.comparing(RolloutKey::namespace).thenComparing(RolloutKey::name))
        .toList();
  }

  @Override
  public List<Entry> events(RolloutKey key) {
    String persistenceId = RolloutEntity.persistenceId(key).id();
    List<EventEnvelope> envelopes =
        await(
            journal
                .currentEventsByPersistenceId(persistenceId, 0L, Long.MAX_VALUE)
                .runWith(Sink.seq(), system));
    return envelopes.stream()
        .filter(envelope -> envelope.event() instanceof RolloutEvent)
        .map(
            envelope ->
                new Entry(
                    envelope.sequenceNr(),
                    Instant.ofEpochMilli(envelope.timestamp()),
                    (RolloutEvent) envelope.event()))
        .toList();
  }

  @Override
  public void close() {
    system.terminate();
    await(system.getWhenTerminated());
  }

  private static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(QUERY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted reading the journal", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot read the journal: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("timed out reading the journal", e);
    }
  }
}
