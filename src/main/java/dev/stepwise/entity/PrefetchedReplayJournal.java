package dev.stepwise.entity;

import com.typesafe.config.Config;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.persistence.PersistentRepr;
import org.apache.pekko.persistence.jdbc.journal.JdbcAsyncWriteJournal;
import org.apache.pekko.persistence.jdbc.journal.dao.JournalTables.JournalPekkoSerializationRow;
import scala.Function1;
import scala.concurrent.Future;
import scala.jdk.javaapi.FutureConverters;
import scala.runtime.BoxedUnit;

/**
 * pekko-persistence-jdbc's journal, with the replays the recovery prefetch has in memory handed to
 * the entity in a plain loop instead of a stream of their own. The plugin runs every replay as a
 * stream, and a stream is an actor started and stopped: with 10,000 entities recovering at once
 * that was a tenth of the default dispatcher's work in a restart (BENCHMARKS.md). The events are
 * decoded on the default dispatcher, where the stream decoded them, so replays still run side by
 * side, and in order within a replay. Anything not prefetched is replayed by the plugin as before.
 */
public class PrefetchedReplayJournal extends JdbcAsyncWriteJournal {
  public PrefetchedReplayJournal(Config config) {
    super(config);
  }

  @Override
  public Future<BoxedUnit> asyncReplayMessages(
      String persistenceId,
      long from,
      long to,
      long max,
      Function1<PersistentRepr, BoxedUnit> replayed) {
    if (!(journalDao() instanceof PrefetchingJournalDao dao)) {
      return super.asyncReplayMessages(persistenceId, from, to, max, replayed);
    }
    CompletionStage<java.util.Optional<List<JournalPekkoSerializationRow>>> rows =
        dao.prefetchedReplay(persistenceId, from, to);
    if (rows == null) {
      return super.asyncReplayMessages(persistenceId, from, to, max, replayed);
    }
    var dispatcher = system().dispatcher();
    CompletionStage<BoxedUnit> done =
        rows.thenCompose(
            prefetched ->
                prefetched.isEmpty()
                    ? FutureConverters.asJava(
                        super.asyncReplayMessages(persistenceId, from, to, max, replayed))
                    : CompletableFuture.supplyAsync(
                        () -> replay(dao, prefetched.get(), max, replayed), dispatcher::execute));
    return FutureConverters.asScala(done);
  }

  private static BoxedUnit replay(
      PrefetchingJournalDao dao,
      List<JournalPekkoSerializationRow> rows,
      long max,
      Function1<PersistentRepr, BoxedUnit> replayed) {
    long n = Math.min(max, rows.size());
    for (int i = 0; i < n; i++) {
      // an event that cannot be decoded fails the replay, as in the plugin's stream
      replayed.apply(dao.decode(rows.get(i)));
    }
    return BoxedUnit.UNIT;
  }
}
