package dev.stepwise.entity;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import scala.concurrent.Promise;
import scala.concurrent.Promise$;
import scala.runtime.BoxedUnit;
import slick.jdbc.JdbcBackend;
import slick.jdbc.JdbcProfile;

/**
 * The journal's writes with at most one commit begun per {@code stepwise.journal.commit-interval}
 * while writes trickle in (group commit, as PostgreSQL's commit_delay). The journal writes one
 * batch at a time (parallelism 1) and the writes that arrive meanwhile form the next batch. A batch
 * that arrives at an idle journal sooner than the interval after the last commit began waits for
 * the rest of it, so a trickle of writes commits in fewer, larger batches. A busy journal commits
 * at once: a batch that was queued when the commit before it ended, or that arrives right after
 * (the writes a commit's acknowledgements set off), would only be throttled by a wait. A journal
 * idle for longer than the interval commits at once too. A write is acknowledged only after its
 * commit, as before.
 *
 * <p>Why: H2 appends one chunk to its file per commit (REUSE_SPACE=FALSE), and a restart after a
 * kill reads the header and footer of every chunk that still holds a live page. An update of 10,000
 * rollouts left 56,205 of them from 112,407 commits, 8-13 s of the restart (BENCHMARKS.md). Waiting
 * on every batch, busy or not, halved that but doubled the reaction p99 under 1,000 changes/s (72
 * to 141 ms). "Queued" is counted, not timed: the stream takes from a tenth of a millisecond to
 * about one to hand over the next batch, depending on the machine's load.
 */
public class GroupCommitJournalDao extends DefaultJournalDao {
  static final String INTERVAL = "stepwise.journal.commit-interval";

  /**
   * A batch that arrives this soon after the last commit ended counts as busy too: the commit's
   * acknowledgements set off the next writes at once. Counting only the queued rows left these to
   * wait and took the reaction p99 under 1,000 changes/s to 155 ms (BENCHMARKS.md).
   */
  static final long JUST_AFTER_NANOS = TimeUnit.MICROSECONDS.toNanos(200);

  /**
   * Runs the waits, one thread for every journal in the JVM: it only starts commits. Not Pekko's
   * scheduler, whose 10 ms ticks would round every wait up to a tick, and not
   * CompletableFuture.delayedExecutor: on JDK 25 the journal stalled for good in 3 of 5 runs on
   * PostgreSQL with it, every thread idle and the commonPool's delay scheduler parked, the waiting
   * batch never committed (BENCHMARKS.md).
   */
  private static final ScheduledExecutorService WAITS =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().name("stepwise-group-commit").daemon().unstarted(r));

  /** Runs {@code task} on the waits' thread after {@code delay}: it must be short. */
  static void schedule(Runnable task, long delay, TimeUnit unit) {
    WAITS.schedule(task, delay, unit);
  }

  private final long intervalNanos;
  // only the write stream's one batch in flight touches these (parallelism 1); volatile because
  // the stream's stages may run on different threads one after another
  private volatile long nextCommitNanos = System.nanoTime();
  // rows handed to the write stream and not yet to a commit: the batch the stream forms meanwhile
  private final AtomicLong queuedRows = new AtomicLong();
  // whether rows were queued when the last commit ended (the stream hands them over next), and when
  private volatile boolean queuedAtLastCommitEnd;
  private volatile long lastCommitEndNanos = System.nanoTime() - JUST_AFTER_NANOS;

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
  public Future<BoxedUnit> queueWriteJournalRows(
      Seq<Tuple2<JournalTables.JournalPekkoSerializationRow, Set<String>>> rows) {
    // A write the stream's queue drops (buffer full) is never handed over and stays counted; the
    // journal then commits every batch at once, as with an interval of 0.
    queuedRows.addAndGet(rows.size());
    return super.queueWriteJournalRows(rows);
  }

  @Override
  public Future<BoxedUnit> writeJournalRows(
      Seq<Tuple2<JournalTables.JournalPekkoSerializationRow, Set<String>>> rows) {
    queuedRows.addAndGet(-rows.size());
    long now = System.nanoTime();
    long wait = nextCommitNanos - now;
    boolean busy = queuedAtLastCommitEnd || now - lastCommitEndNanos < JUST_AFTER_NANOS;
    if (intervalNanos <= 0 || wait <= 0 || busy) {
      return commit(rows);
    }
    Promise<BoxedUnit> committed = Promise$.MODULE$.apply();
    WAITS.schedule(
        () -> {
          try {
            committed.completeWith(commit(rows));
          } catch (RuntimeException e) {
            committed.failure(e);
          }
        },
        wait,
        TimeUnit.NANOSECONDS);
    return committed.future();
  }

  private Future<BoxedUnit> commit(
      Seq<Tuple2<JournalTables.JournalPekkoSerializationRow, Set<String>>> rows) {
    nextCommitNanos = System.nanoTime() + intervalNanos;
    // recorded before the stream sees the commit complete and hands over the next batch
    return super.writeJournalRows(rows)
        .transform(
            result -> {
              queuedAtLastCommitEnd = queuedRows.get() > 0;
              lastCommitEndNanos = System.nanoTime();
              return result;
            },
            ExecutionContext.parasitic$.MODULE$);
  }
}
