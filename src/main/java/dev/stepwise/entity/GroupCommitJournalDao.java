package dev.stepwise.entity;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.persistence.jdbc.config.JournalConfig;
import org.apache.pekko.persistence.jdbc.journal.dao.DefaultJournalDao;
import org.apache.pekko.persistence.jdbc.journal.dao.JournalTables;
import org.apache.pekko.serialization.Serialization;
import org.apache.pekko.stream.Materializer;
import scala.Tuple2;
import scala.collection.immutable.Seq;
import scala.collection.immutable.Set;
import scala.concurrent.ExecutionContext;
import scala.concurrent.Future;
import scala.jdk.javaapi.FutureConverters;
import scala.runtime.BoxedUnit;
import slick.jdbc.JdbcBackend;
import slick.jdbc.JdbcProfile;

/**
 * The journal's writes with at most one commit begun per {@code stepwise.journal.commit-interval}
 * (group commit, as PostgreSQL's commit_delay). The journal writes one batch at a time (parallelism
 * 1) and the writes that arrive meanwhile form the next batch; a batch that comes sooner than the
 * interval after the last commit began waits for the rest of it, so a busy journal commits fewer,
 * larger batches. An idle journal commits at once. A write is acknowledged only after its commit,
 * as before.
 *
 * <p>Why: H2 appends one chunk to its file per commit (REUSE_SPACE=FALSE), and a restart after a
 * kill reads the header and footer of every chunk that still holds a live page. An update of 10,000
 * rollouts left 56,205 of them from 112,407 commits, 8-13 s of the restart (BENCHMARKS.md). The
 * wait costs reaction latency when the journal is busy (BENCHMARKS.md has both figures).
 */
public class GroupCommitJournalDao extends DefaultJournalDao {
  static final String INTERVAL = "stepwise.journal.commit-interval";

  private final long intervalNanos;
  // only the write stream's one batch in flight touches this (parallelism 1); volatile because
  // the stream's stages may run on different threads one after another
  private volatile long nextCommitNanos = System.nanoTime();

  public GroupCommitJournalDao(
      JdbcBackend.JdbcDatabaseDef db,
      JdbcProfile profile,
      JournalConfig journalConfig,
      Serialization serialization,
      ExecutionContext ec,
      Materializer mat) {
    super(db, profile, journalConfig, serialization, ec, mat);
    this.intervalNanos =
        mat.system().settings().config().getDuration(INTERVAL, TimeUnit.NANOSECONDS);
  }

  @Override
  public Future<BoxedUnit> writeJournalRows(
      Seq<Tuple2<JournalTables.JournalPekkoSerializationRow, Set<String>>> rows) {
    long wait = nextCommitNanos - System.nanoTime();
    if (intervalNanos <= 0 || wait <= 0) {
      return commit(rows);
    }
    // not Pekko's scheduler: its 10 ms ticks would round every wait up to a tick
    Executor later = CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS);
    return FutureConverters.asScala(
        CompletableFuture.runAsync(() -> {}, later)
            .thenCompose(ignored -> FutureConverters.asJava(commit(rows))));
  }

  private Future<BoxedUnit> commit(
      Seq<Tuple2<JournalTables.JournalPekkoSerializationRow, Set<String>>> rows) {
    nextCommitNanos = System.nanoTime() + intervalNanos;
    return super.writeJournalRows(rows);
  }
}
