package dev.stepwise.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.stepwise.domain.CborSerializable;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.testkit.typed.javadsl.LogCapturingExtension;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.persistence.typed.PersistenceId;
import org.apache.pekko.persistence.typed.javadsl.CommandHandler;
import org.apache.pekko.persistence.typed.javadsl.EventHandler;
import org.apache.pekko.persistence.typed.javadsl.EventSourcedBehavior;
import org.apache.pekko.persistence.typed.javadsl.RetentionCriteria;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a restart, entities recover from the journal's events read in one pass at start
 * (stepwise.journal.recovery-prefetch): to the same state as from the database, from their latest
 * snapshot on, and with what they wrote since when they recover again.
 */
@ExtendWith(LogCapturingExtension.class)
class RecoveryPrefetchTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  @TempDir Path dataDir;

  @Test
  void restartedEntitiesRecoverTheirEventsFromTheirLatestSnapshotOn() throws Exception {
    try (StepwiseSystem first = start(true)) {
      ActorSystem<Void> system = first.system();
      assertThat(add(system, spawn(system, "a"), 7)).isEqualTo(7);
      // snapshots at 10 and 20: a recovery replays 21-23 onto the snapshot of 20
      assertThat(add(system, spawn(system, "b"), 23)).isEqualTo(23);
    }

    try (StepwiseSystem second = start(true)) {
      ActorSystem<Void> system = second.system();
      // a recovery waits for the pass, after which the file is not read for these journals: the
      // events of "a" removed behind the controller's back, and b's snapshot of 20 given to it,
      // a recovers its 7 events all the same
      assertThat(add(system, spawn(system, "other"), 0)).isZero();
      rewriteBehindTheControllersBack(pid("a"));
      ActorRef<Command> a = spawn(system, "a");
      assertThat(add(system, a, 0)).isEqualTo(7);
      ActorRef<Command> b = spawn(system, "b");
      assertThat(add(system, b, 0)).isEqualTo(23);

      // written after the pass: a new incarnation replays it from the file
      assertThat(add(system, b, 2)).isEqualTo(25);
      stop(system, b);
      assertThat(add(system, spawn(system, "b", "again"), 0)).isEqualTo(25);
    }

    try (StepwiseSystem without = start(false)) {
      ActorSystem<Void> system = without.system();
      assertThat(add(system, spawn(system, "b"), 0)).isEqualTo(25);
      rewriteBehindTheControllersBack(pid("b"));
      // without the pass every recovery reads the file: b's snapshot of 20, its events gone
      assertThat(add(system, spawn(system, "b"), 0)).isEqualTo(20);
    }
  }

  @Test
  void anEventThatCannotBeDecodedFailsItsOwnRecoveryOnly() throws Exception {
    write("a", 3, "c", 2);
    sql(
        "UPDATE \"event_journal\" SET \"event_payload\" = X'FF' WHERE \"persistence_id\" = '"
            + pid("a")
            + "' AND \"sequence_number\" = 2");

    try (StepwiseSystem second = start(true)) {
      ActorSystem<Void> system = second.system();
      ActorRef<Command> a = spawn(system, "a");
      // the replay fails and the entity stops (no answer) rather than recovering without event 2
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  AskPattern.ask(a, Get::new, Duration.ofSeconds(3), system.scheduler())
                      .toCompletableFuture()
                      .get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(java.util.concurrent.TimeoutException.class);
      assertThat(add(system, spawn(system, "c"), 0)).isEqualTo(2);
    }
  }

  /** Journals written by a first controller: pairs of id and events. */
  private void write(Object... idsAndEvents) throws Exception {
    try (StepwiseSystem first = start(true)) {
      ActorSystem<Void> system = first.system();
      for (int i = 0; i < idsAndEvents.length; i += 2) {
        add(system, spawn(system, (String) idsAndEvents[i]), (Integer) idsAndEvents[i + 1]);
      }
    }
  }

  /** Runs a statement on the journal file, as something other than the controller. */
  private void sql(String statement) throws Exception {
    String url = "jdbc:h2:file:" + dataDir + "/journal;AUTO_SERVER=TRUE";
    try (var c = DriverManager.getConnection(url, "sa", "");
        var s = c.createStatement()) {
      s.execute(statement);
    }
  }

  /** Deletes the journal's events and gives it b's snapshot of 20 (b keeps its own). */
  private void rewriteBehindTheControllersBack(String persistenceId) throws Exception {
    sql("DELETE FROM \"event_journal\" WHERE \"persistence_id\" = '" + persistenceId + "'");
    if (!persistenceId.equals(pid("b"))) {
      sql(
          "INSERT INTO \"snapshot\" SELECT '"
              + persistenceId
              + "', \"sequence_number\", \"created\", \"snapshot_ser_id\","
              + " \"snapshot_ser_manifest\", \"snapshot_payload\", \"meta_ser_id\","
              + " \"meta_ser_manifest\", \"meta_payload\" FROM \"snapshot\""
              + " WHERE \"persistence_id\" = 'prefetch|b' AND \"sequence_number\" = 20");
    }
  }

  @Test
  void thePassKeepsWholeJournalsWithinItsBudgetAndGivesUpOnALongTable() throws Exception {
    write("a", 7, "b", 23, "c", 3);
    var tables = new RecoveryPrefetch.Tables("\"event_journal\"", "\"snapshot\"");
    String url = "jdbc:h2:file:" + dataDir + "/journal";

    RecoveryPrefetch all = prefetch(url, tables, Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(all.size()).isGreaterThan(3); // sharding's own journals too
    RecoveryPrefetch.Events a = all.lookup(pid("a"));
    assertThat(a.highest()).isEqualTo(7);
    assertThat(a.from()).isEqualTo(1);
    assertThat(a.rows())
        .extracting(r -> r.sequenceNumber())
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    RecoveryPrefetch.Events b = all.lookup(pid("b"));
    assertThat(b.highest()).isEqualTo(23);
    assertThat(b.from()).isEqualTo(21);
    assertThat(b.rows()).extracting(r -> r.sequenceNumber()).containsExactly(21L, 22L, 23L);
    // written here: no longer described by the copy
    all.forget(pid("a"));
    assertThat(all.lookup(pid("a"))).isNull();
    all.drop();
    assertThat(all.lookup(pid("b"))).isNull();

    // a budget of one byte: the first journal met is kept whole, no other
    RecoveryPrefetch small = prefetch(url, tables, 1, Long.MAX_VALUE);
    assertThat(small.size()).isEqualTo(1);
    RecoveryPrefetch.Events kept = small.lookup(pid("c"));
    if (kept != null) {
      assertThat(kept.rows()).hasSize(3);
    }

    RecoveryPrefetch longTable = prefetch(url, tables, Long.MAX_VALUE, 10);
    assertThat(longTable.lookup(pid("a"))).isNull();
  }

  private static RecoveryPrefetch prefetch(
      String url, RecoveryPrefetch.Tables tables, long maxBytes, long maxRows) throws Exception {
    RecoveryPrefetch p =
        RecoveryPrefetch.start(
            () -> {
              try {
                return DriverManager.getConnection(url, "sa", "");
              } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
              }
            },
            tables,
            maxBytes,
            maxRows);
    p.loaded().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    return p;
  }

  private StepwiseSystem start(boolean prefetch) {
    Config config =
        StepwiseSystem.loadConfig(
            ConfigFactory.parseMap(
                Map.of(
                    "stepwise.data-dir",
                    dataDir.toString(),
                    PrefetchingJournalDao.PREFETCH,
                    prefetch)));
    return StepwiseSystem.start(config, JournalShardsTest.nothing(), Clock.systemUTC());
  }

  private static String pid(String id) {
    return "prefetch|" + id;
  }

  private static ActorRef<Command> spawn(ActorSystem<Void> system, String id, String... suffix) {
    String name = id + String.join("", suffix) + System.nanoTime();
    return system.systemActorOf(counter(id), name, Props.empty());
  }

  /** Adds {@code n} events one by one and answers the count recovered plus those. */
  private static int add(ActorSystem<Void> system, ActorRef<Command> counter, int n)
      throws Exception {
    int count = ask(system, counter, Get::new);
    for (int i = 0; i < n; i++) {
      count = ask(system, counter, Add::new);
    }
    return count;
  }

  private static void stop(ActorSystem<Void> system, ActorRef<Command> counter) throws Exception {
    ask(system, counter, Stop::new);
  }

  private static int ask(
      ActorSystem<Void> system,
      ActorRef<Command> counter,
      org.apache.pekko.japi.function.Function<ActorRef<Integer>, Command> message)
      throws Exception {
    return AskPattern.ask(counter, message, TIMEOUT, system.scheduler())
        .toCompletableFuture()
        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  sealed interface Command {}

  record Add(ActorRef<Integer> replyTo) implements Command {}

  record Get(ActorRef<Integer> replyTo) implements Command {}

  record Stop(ActorRef<Integer> replyTo) implements Command {}

  record Added() implements CborSerializable {}

  /** Counts its events; the state after each is the state before plus one. */
  private static Behavior<Command> counter(String id) {
    return new EventSourcedBehavior<Command, Added, Integer>(
        PersistenceId.of("prefetch", id, "|")) {
      @Override
      public Integer emptyState() {
        return 0;
      }

      @Override
      public RetentionCriteria retentionCriteria() {
        return RetentionCriteria.snapshotEvery(10, 2);
      }

      @Override
      public CommandHandler<Command, Added, Integer> commandHandler() {
        return newCommandHandlerBuilder()
            .forAnyState()
            .onCommand(
                Add.class, (s, c) -> Effect().persist(new Added()).thenReply(c.replyTo(), n -> n))
            .onCommand(Get.class, (s, c) -> Effect().reply(c.replyTo(), s))
            .onCommand(Stop.class, (s, c) -> Effect().stop().thenReply(c.replyTo(), n -> n))
            .build();
      }

      @Override
      public EventHandler<Integer, Added> eventHandler() {
        return newEventHandlerBuilder().forAnyState().onAnyEvent((state, e) -> state + 1);
      }
    };
  }
}
