package dev.stepwise.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.stepwise.domain.CborSerializable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.Done;
import org.apache.pekko.actor.testkit.typed.javadsl.LogCapturingExtension;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.persistence.jdbc.query.javadsl.JdbcReadJournal;
import org.apache.pekko.persistence.query.PersistenceQuery;
import org.apache.pekko.persistence.typed.PersistenceId;
import org.apache.pekko.persistence.typed.javadsl.CommandHandler;
import org.apache.pekko.persistence.typed.javadsl.EventHandler;
import org.apache.pekko.persistence.typed.javadsl.EventSourcedBehavior;
import org.apache.pekko.stream.javadsl.Sink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal commits a trickle of writes in groups (stepwise.journal.commit-interval), counted in
 * H2's store versions (one per commit), does not hold back writes that queued behind a commit, and
 * still acknowledges each write only once it is in the journal.
 */
@ExtendWith(LogCapturingExtension.class)
class GroupCommitJournalDaoTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final int WRITERS = 20;

  @TempDir Path dataDir;

  @Test
  void writesArrivingWithinTheIntervalShareACommit() throws Exception {
    long grouped = commitsForStaggeredWrites("1s", dataDir.resolve("grouped"));
    long each = commitsForStaggeredWrites("0ms", dataDir.resolve("each"));

    String commits = "commits: %d grouped, %d one by one".formatted(grouped, each);
    assertThat(grouped).as(commits).isLessThanOrEqualTo(5);
    assertThat(each).as(commits).isGreaterThan(2 * grouped);
  }

  @Test
  void aWriteWaitsForTheRestOfTheIntervalAndIsInTheJournalWhenAcknowledged() throws Exception {
    try (StepwiseSystem stepwise = start("400ms", dataDir)) {
      ActorSystem<Void> system = stepwise.system();
      ActorRef<Append> writer = system.systemActorOf(writer("w"), "w", props());
      append(system, writer);
      long first = System.nanoTime();
      // a write that trickles in: one right on the heels of a commit's end counts as busy
      Thread.sleep(5);
      append(system, writer);
      long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - first);

      // the second commit comes 400 ms after the first began, which was before its ack
      assertThat(waited).isGreaterThanOrEqualTo(300);
      assertThat(events(system, "w")).isEqualTo(2);
    }
  }

  @Test
  void writesQueuedBehindAWaitingCommitCommitRightAfterIt() throws Exception {
    try (StepwiseSystem stepwise = start("2s", dataDir)) {
      ActorSystem<Void> system = stepwise.system();
      List<ActorRef<Append>> writers = new ArrayList<>();
      for (int i = 0; i < WRITERS; i++) {
        writers.add(system.systemActorOf(writer("w" + i), "w" + i, props()));
      }
      appendToEach(system, writers.subList(0, 1), 0); // commits at once: the journal was idle
      long start = System.nanoTime();
      // the second write waits out the interval; the rest queue behind it meanwhile
      appendToEach(system, writers.subList(1, WRITERS), 5);
      long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

      // the queued batch was ready when the waiting commit ended, so it did not wait another 2 s
      assertThat(waited).isBetween(1500L, 3500L);
      for (int i = 0; i < WRITERS; i++) {
        assertThat(events(system, "w" + i)).isEqualTo(1);
      }
    }
  }

  /** Commits (H2 store versions) for 20 writers writing one after the other, 20 ms apart. */
  private long commitsForStaggeredWrites(String interval, Path dir) throws Exception {
    try (StepwiseSystem stepwise = start(interval, dir)) {
      ActorSystem<Void> system = stepwise.system();
      List<ActorRef<Append>> writers = new ArrayList<>();
      for (int i = 0; i < WRITERS; i++) {
        writers.add(system.systemActorOf(writer("w" + i), "w" + i, props()));
      }
      appendToEach(system, writers, 0); // all recovered, each with its first event
      Thread.sleep(1200); // past the interval of the writes above
      long before = storeVersion(dir);
      // 20 ms apart: each write finds the journal idle (a commit takes a few ms), not busy
      appendToEach(system, writers, 20);
      long commits = storeVersion(dir) - before;
      for (int i = 0; i < WRITERS; i++) {
        assertThat(events(system, "w" + i)).isEqualTo(2);
      }
      return commits;
    }
  }

  private static StepwiseSystem start(String interval, Path dir) {
    Config config =
        StepwiseSystem.loadConfig(
            ConfigFactory.parseMap(
                Map.of(
                    "stepwise.data-dir",
                    dir.toString(),
                    "stepwise.journal.commit-interval",
                    interval)));
    return StepwiseSystem.start(config, JournalShardsTest.nothing(), Clock.systemUTC());
  }

  private static org.apache.pekko.actor.typed.Props props() {
    return org.apache.pekko.actor.typed.Props.empty();
  }

  private static void append(ActorSystem<Void> system, ActorRef<Append> writer) throws Exception {
    AskPattern.<Append, Done>ask(writer, Append::new, TIMEOUT, system.scheduler())
        .toCompletableFuture()
        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /** One append to each writer, {@code gapMillis} apart, and waits for every acknowledgement. */
  private static void appendToEach(
      ActorSystem<Void> system, List<ActorRef<Append>> writers, long gapMillis) throws Exception {
    List<CompletionStage<Done>> acks = new ArrayList<>();
    for (ActorRef<Append> w : writers) {
      acks.add(AskPattern.ask(w, Append::new, TIMEOUT, system.scheduler()));
      Thread.sleep(gapMillis);
    }
    for (CompletionStage<Done> ack : acks) {
      ack.toCompletableFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
  }

  private static long events(ActorSystem<Void> system, String id) throws Exception {
    return PersistenceQuery.get(system)
        .getReadJournalFor(JdbcReadJournal.class, JdbcReadJournal.Identifier())
        .currentEventsByPersistenceId("group-commit|" + id, 0, Long.MAX_VALUE)
        .runWith(Sink.seq(), system)
        .toCompletableFuture()
        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
        .size();
  }

  /** H2's store version, which every commit of the file store moves on by one. */
  private static long storeVersion(Path dir) throws Exception {
    // AUTO_SERVER: this connects to the journal the actor system has open
    String url = "jdbc:h2:file:" + dir + "/journal;AUTO_SERVER=TRUE";
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'info.CURRENT_VERSION'")) {
      assertThat(rs.next()).as("H2 reports info.VERSION").isTrue();
      return Long.parseLong(rs.getString(1));
    }
  }

  record Append(ActorRef<Done> replyTo) {}

  record Appended(int n) implements CborSerializable {}

  private static Behavior<Append> writer(String id) {
    return new EventSourcedBehavior<Append, Appended, Integer>(
        PersistenceId.of("group-commit", id, "|")) {
      @Override
      public Integer emptyState() {
        return 0;
      }

      @Override
      public CommandHandler<Append, Appended, Integer> commandHandler() {
        return newCommandHandlerBuilder()
            .forAnyState()
            .onAnyCommand(
                (state, cmd) ->
                    Effect()
                        .persist(new Appended(state + 1))
                        .thenReply(cmd.replyTo(), s -> Done.done()));
      }

      @Override
      public EventHandler<Integer, Appended> eventHandler() {
        return newEventHandlerBuilder().forAnyState().onAnyEvent((state, e) -> e.n());
      }
    };
  }
}
