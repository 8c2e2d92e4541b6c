package dev.stepwise.entity;

import dev.stepwise.domain.CborSerializable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.persistence.jdbc.query.javadsl.JdbcReadJournal;
import org.apache.pekko.persistence.query.PersistenceQuery;
import org.apache.pekko.persistence.typed.PersistenceId;
import org.apache.pekko.persistence.typed.javadsl.CommandHandler;
import org.apache.pekko.persistence.typed.javadsl.EventHandler;
import org.apache.pekko.persistence.typed.javadsl.EventSourcedBehavior;
import org.apache.pekko.persistence.typed.javadsl.SignalHandler;
import org.apache.pekko.stream.javadsl.Sink;

/**
 * The number of shards of a journal, chosen once and kept in the journal itself. A rollout's shard
 * is its id's hash modulo this number, and remembered entities restart in the shard that remembered
 * them, so a journal written with one number and read with another would start a rollout twice, two
 * writers of one history. The first start on a journal records the configured number ({@code
 * stepwise.cluster.number-of-shards}); a journal that sharding wrote before there was a record gets
 * 1,000, the number every earlier version used (Pekko's default).
 *
 * <p>Why not 1,000 for all: after a restart the coordinator allocates every remembered shard, one
 * journal write after the other, and every shard reads its remembered entities; at 1,000 rollouts
 * on 1,000 shards that was a quarter of the restart (BENCHMARKS.md).
 */
final class JournalShards {
  static final String PERSISTENCE_ID = "stepwise|number-of-shards";

  /** What sharding used before the number was recorded (Pekko's default). */
  static final int BEFORE_RECORDS = 1000;

  private static final List<String> COORDINATORS =
      List.of(
          "/sharding/" + RolloutEntity.ENTITY_TYPE_KEY.name() + "Coordinator",
          "/sharding/"
              + dev.stepwise.entity.analysis.AnalysisRunEntity.ENTITY_TYPE_KEY.name()
              + "Coordinator");

  /** The state before the record: no number yet. */
  private static final int NONE = 0;

  /** The answer when the record could not be written: ask again. */
  private static final int RETRY = -1;

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final int ATTEMPTS = 3;
  private static final AtomicInteger ACTORS = new AtomicInteger();

  private JournalShards() {}

  /** Event: the journal's number of shards. */
  record Chosen(int numberOfShards) implements CborSerializable {}

  /** Command: answers the recorded number, recording {@code proposed} when there is none. */
  record Resolve(int proposed, ActorRef<Integer> replyTo) {}

  /**
   * The journal's number of shards, recording {@code configured} on a journal that has neither a
   * record nor sharding's own events. Blocks (start-up only).
   */
  static int resolve(ActorSystem<?> system, int configured) {
    if (configured < 1) {
      throw new IllegalArgumentException(
          "stepwise.cluster.number-of-shards must be at least 1, not " + configured);
    }
    int proposed = shardedBefore(system) ? BEFORE_RECORDS : configured;
    RuntimeException last = null;
    // Two nodes starting on a fresh journal both record: one write fails on the sequence number
    // and its actor stops; asking again recovers the other's record.
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      ActorRef<Resolve> record =
          system.systemActorOf(
              behavior(),
              "journal-shards-" + ACTORS.incrementAndGet(),
              org.apache.pekko.actor.typed.Props.empty());
      CompletionStage<Integer> answer =
          AskPattern.ask(record, r -> new Resolve(proposed, r), TIMEOUT, system.scheduler());
      try {
        int shards = answer.toCompletableFuture().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (shards != RETRY) {
          return shards;
        }
        last = new IllegalStateException("cannot record the journal's number of shards");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading the number of shards", e);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        last = new IllegalStateException("cannot read the journal's number of shards", e);
      }
    }
    throw last;
  }

  /** A sharding coordinator has written to this journal. */
  private static boolean shardedBefore(ActorSystem<?> system) {
    JdbcReadJournal journal =
        PersistenceQuery.get(system)
            .getReadJournalFor(JdbcReadJournal.class, JdbcReadJournal.Identifier());
    for (String coordinator : COORDINATORS) {
      if (hasEvents(system, journal, coordinator)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasEvents(
      ActorSystem<?> system, JdbcReadJournal journal, String persistenceId) {
    try {
      return !journal
          .currentEventsByPersistenceId(persistenceId, 0, Long.MAX_VALUE)
          .take(1)
          .runWith(Sink.seq(), system)
          .toCompletableFuture()
          .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
          .isEmpty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the journal", e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("cannot read sharding's events from the journal", e);
    }
  }

  private static EventSourcedBehavior<Resolve, Chosen, Integer> behavior() {
    return new EventSourcedBehavior<>(PersistenceId.ofUniqueId(PERSISTENCE_ID)) {
      // who waits for a record being written: told RETRY if the actor stops without writing it
      private ActorRef<Integer> waiting;

      @Override
      public Integer emptyState() {
        return NONE;
      }

      @Override
      public CommandHandler<Resolve, Chosen, Integer> commandHandler() {
        return (state, command) -> {
          // one question per actor: it stops once it has answered
          if (state != NONE) {
            return Effect().stop().thenReply(command.replyTo(), recorded -> recorded);
          }
          waiting = command.replyTo();
          return Effect()
              .persist(new Chosen(command.proposed()))
              .thenRun(chosen -> waiting = null)
              .thenStop()
              .thenReply(command.replyTo(), chosen -> chosen);
        };
      }

      @Override
      public SignalHandler<Integer> signalHandler() {
        // a failed write (another node recorded first) stops the actor: ask again at once
        return newSignalHandlerBuilder()
            .onSignal(
                PostStop.instance(),
                state -> {
                  if (waiting != null) {
                    waiting.tell(RETRY);
                  }
                })
            .build();
      }

      @Override
      public EventHandler<Integer, Chosen> eventHandler() {
        return (state, event) -> event.numberOfShards();
      }
    };
  }
}
