package dev.stepwise.entity;

import com.typesafe.config.Config;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.NotUsed;
import org.apache.pekko.actor.Scheduler;
import org.apache.pekko.persistence.PersistentRepr;
import org.apache.pekko.persistence.jdbc.PekkoSerialization;
import org.apache.pekko.persistence.jdbc.config.JournalConfig;
import org.apache.pekko.persistence.jdbc.journal.dao.JournalTables;
import org.apache.pekko.serialization.Serialization;
import org.apache.pekko.stream.Materializer;
import org.apache.pekko.stream.scaladsl.Source;
import scala.Option;
import scala.Tuple2;
import scala.collection.immutable.Seq;
import scala.collection.immutable.Set;
import scala.concurrent.ExecutionContext;
import scala.concurrent.Future;
import scala.concurrent.Future$;
import scala.concurrent.duration.FiniteDuration;
import scala.jdk.javaapi.FutureConverters;
import scala.runtime.BoxedUnit;
import scala.util.Try;
import slick.jdbc.H2Profile;
import slick.jdbc.JdbcBackend;
import slick.jdbc.JdbcProfile;

/**
 * The journal DAO as configured: group commit for writes ({@link GroupCommitJournalDao}), and on H2
 * the recoveries after a restart served from one pass over the journal ({@link RecoveryPrefetch})
 * instead of a highest-sequence-number query and an events query per entity. Anything the pass did
 * not cover, or that changed here since, is read from the database as before.
 */
public class PrefetchingJournalDao extends GroupCommitJournalDao {
  static final String PREFETCH = "stepwise.journal.recovery-prefetch";
  static final String CHUNK_REWRITE = "stepwise.journal.chunk-rewrite-interval";
  private static final String SNAPSHOT_TABLES = "jdbc-snapshot-store.tables.snapshot";
  // a table this long holds a long history before the snapshots: a pass would read mostly that
  private static final long PREFETCH_MAX_SCANNED_ROWS = 3_000_000;
  private static final long PREFETCH_KEPT_MINUTES = 5;

  private final Serialization serialization;
  // the journals' events read in one pass at start (H2 only: one writer), or null
  private final RecoveryPrefetch prefetch;

  public PrefetchingJournalDao(
      JdbcBackend.JdbcDatabaseDef db,
      JdbcProfile profile,
      JournalConfig journalConfig,
      Serialization serialization,
      ExecutionContext ec,
      Materializer mat) {
    super(db, profile, journalConfig, serialization, ec, mat);
    Config config = mat.system().settings().config();
    this.serialization = serialization;
    PrefetchedSnapshotDao.Shared shared = PrefetchedSnapshotDao.Shared.ID.get(mat.system());
    // Once per actor system: a journal plugin restarted later could have writes of its
    // predecessor still in flight, which its pass would miss and never hear of.
    this.prefetch =
        config.getBoolean(PREFETCH) && profile instanceof H2Profile && shared.claim()
            ? startPrefetch(db, journalConfig, config)
            : null;
    shared.prefetch = prefetch;
    long rewriteMillis = config.getDuration(CHUNK_REWRITE, TimeUnit.MILLISECONDS);
    if (rewriteMillis > 0 && profile instanceof H2Profile) {
      H2ChunkRewriter rewriter =
          H2ChunkRewriter.start(() -> db.source().createConnection(), rewriteMillis);
      mat.system().registerOnTermination(rewriter::close);
    }
  }

  private static RecoveryPrefetch startPrefetch(
      JdbcBackend.JdbcDatabaseDef db, JournalConfig journalConfig, Config config) {
    var journal = journalConfig.eventJournalTableConfiguration();
    var tables =
        new RecoveryPrefetch.Tables(
            quoted(journal.schemaName(), journal.tableName()),
            quoted(
                Option.apply(config.getString(SNAPSHOT_TABLES + ".schemaName")),
                config.getString(SNAPSHOT_TABLES + ".tableName")));
    RecoveryPrefetch prefetch =
        RecoveryPrefetch.start(
            () -> db.source().createConnection(),
            tables,
            Runtime.getRuntime().maxMemory() / 5,
            PREFETCH_MAX_SCANNED_ROWS);
    // the journals whose entities never start would otherwise stay in memory for good
    prefetch
        .loaded()
        .thenRun(
            () ->
                GroupCommitJournalDao.schedule(
                    prefetch::drop, PREFETCH_KEPT_MINUTES, TimeUnit.MINUTES));
    return prefetch;
  }

  private static String quoted(Option<String> schema, String table) {
    String t = '"' + table + '"';
    return schema.isDefined() && !schema.get().isEmpty() ? '"' + schema.get() + "\"." + t : t;
  }

  @Override
  public Future<Object> highestSequenceNr(String persistenceId, long fromSequenceNr) {
    if (prefetch == null) {
      return super.highestSequenceNr(persistenceId, fromSequenceNr);
    }
    if (prefetch.loaded().isDone()) {
      return prefetchedHighest(persistenceId, fromSequenceNr);
    }
    // Recoveries wait for the pass rather than read the database meanwhile: the two competing
    // for two cores made the pass three times as long and the whole replay slower (BENCHMARKS.md)
    return FutureConverters.asScala(prefetch.loaded())
        .flatMap(done -> prefetchedHighest(persistenceId, fromSequenceNr), ec());
  }

  private Future<Object> prefetchedHighest(String persistenceId, long fromSequenceNr) {
    RecoveryPrefetch.Events events = prefetch.lookup(persistenceId);
    return events == null
        ? super.highestSequenceNr(persistenceId, fromSequenceNr)
        : Future$.MODULE$.successful(events.highest());
  }

  @Override
  public Source<Try<Tuple2<PersistentRepr, Object>>, NotUsed> messagesWithBatch(
      String persistenceId,
      long from,
      long to,
      int batchSize,
      Option<Tuple2<FiniteDuration, Scheduler>> refresh) {
    if (prefetch == null || refresh.isDefined()) {
      return super.messagesWithBatch(persistenceId, from, to, batchSize, refresh);
    }
    if (prefetch.loaded().isDone()) {
      return prefetchedMessages(persistenceId, from, to, batchSize);
    }
    return org.apache.pekko.stream.javadsl.Source.completionStageSource(
            prefetch
                .loaded()
                .thenApply(done -> prefetchedMessages(persistenceId, from, to, batchSize).asJava()))
        .mapMaterializedValue(m -> NotUsed.getInstance())
        .asScala();
  }

  private Source<Try<Tuple2<PersistentRepr, Object>>, NotUsed> prefetchedMessages(
      String persistenceId, long from, long to, int batchSize) {
    List<JournalTables.JournalPekkoSerializationRow> rows = prefetchedRows(persistenceId, from, to);
    if (rows == null) {
      return super.messagesWithBatch(persistenceId, from, to, batchSize, Option.empty());
    }
    return org.apache.pekko.stream.javadsl.Source.from(rows)
        .map(r -> PekkoSerialization.fromRow(serialization, r))
        .asScala();
  }

  /**
   * A replay's rows from the pass, once it has ended: empty where the journal must be read from the
   * database, null without a prefetch. For {@link PrefetchedReplayJournal}.
   */
  java.util.concurrent.CompletionStage<
          java.util.Optional<List<JournalTables.JournalPekkoSerializationRow>>>
      prefetchedReplay(String persistenceId, long from, long to) {
    if (prefetch == null) {
      return null;
    }
    return prefetch
        .loaded()
        .thenApply(done -> java.util.Optional.ofNullable(prefetchedRows(persistenceId, from, to)));
  }

  /** The event of a prefetched row, as the stream of a replay from the database makes it. */
  PersistentRepr decode(JournalTables.JournalPekkoSerializationRow row) {
    return PekkoSerialization.fromRow(serialization, row).get()._1();
  }

  private List<JournalTables.JournalPekkoSerializationRow> prefetchedRows(
      String persistenceId, long from, long to) {
    RecoveryPrefetch.Events events = prefetch.lookup(persistenceId);
    if (events == null || from < events.from()) {
      return null;
    }
    prefetch.replayed(persistenceId);
    return events.rows().stream()
        .filter(r -> r.sequenceNumber() >= from && r.sequenceNumber() <= to)
        .toList();
  }

  @Override
  public Future<BoxedUnit> delete(String persistenceId, long maxSequenceNr) {
    if (prefetch != null) {
      prefetch.forget(persistenceId);
    }
    return super.delete(persistenceId, maxSequenceNr);
  }

  @Override
  public Future<BoxedUnit> queueWriteJournalRows(
      Seq<Tuple2<JournalTables.JournalPekkoSerializationRow, Set<String>>> rows) {
    if (prefetch != null) {
      rows.foreach(row -> forget(row._1().persistenceId()));
    }
    return super.queueWriteJournalRows(rows);
  }

  private BoxedUnit forget(String persistenceId) {
    prefetch.forget(persistenceId);
    return BoxedUnit.UNIT;
  }
}
