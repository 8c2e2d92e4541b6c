package dev.stepwise.entity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the live pages out of the H2 journal's old, mostly dead chunks while the controller runs,
 * so the file a kill leaves has few live chunks.
 *
 * <p>Why: with REUSE_SPACE=FALSE H2 appends a chunk per commit and never rewrites one, and most
 * chunks keep a page or two alive (a B-tree leaf last written there). After a kill H2's open reads
 * the header and footer of every live chunk, 55,741 of them all over a 3.4 GB file after a storm of
 * 10,000 rollouts: most of a restart's compaction (BENCHMARKS.md). H2 rewrites sparse chunks only
 * when it reuses space, and offers none as candidates otherwise.
 *
 * <p>How: with the store quiet (no commit running or being written, which {@link
 * MVStore#executeFilestoreOperation} ensures), space reuse is switched on only for H2 to choose the
 * chunks and mark their live pages changed, and off again before anything is written. The pages are
 * written by a commit right after, appended at the end of the file as every other. A round stays
 * far below H2's auto-commit memory so that marking pages changed cannot set off a commit inside
 * the window. Only chunks older than a second are chosen (H2's retention time, set so while it
 * runs).
 *
 * <p>Off by default (stepwise.journal.chunk-rewrite-interval = 0): the window holds every commit
 * while H2 reads the chosen chunks, mostly out of the page cache by then, up to 157 ms per round in
 * the fake's storm at 10,000 rollouts (BENCHMARKS.md).
 */
final class H2ChunkRewriter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(H2ChunkRewriter.class);

  /**
   * Live bytes moved per round at most. A round holds the journal's commits while it reads the
   * chunks' pages: with 1 MiB the rounds during a storm in the fake took 23 ms on average and up to
   * 163 ms (BENCHMARKS.md).
   */
  static final int ROUND_BYTES = 256 << 10;

  /**
   * A round rewrites only while the live chunks are less than this full on average (percent): the
   * chunks of a freshly compacted journal are full, and moving their pages would only copy them.
   * Which chunks a round takes is H2's choice: the sparsest and oldest first.
   */
  static final int SPARSE_BELOW = 50;

  /** Chunks older than this may be rewritten. */
  static final int RETENTION_MILLIS = 1000;

  private static final long REPORT_NANOS = TimeUnit.MINUTES.toNanos(1);

  /** A source of connections to the journal database, returned after each round. */
  interface Connections {
    Connection get() throws SQLException;
  }

  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().name("stepwise-journal-chunk-rewrite").daemon().unstarted(r));
  private final Connections connections;
  // the rounds since the last report, which operators read to see what the rewriting costs
  private int rounds;
  private long roundNanos;
  private long longestNanos;
  private long heldNanos;
  private long longestHeldNanos;
  private long reportedAt = System.nanoTime();

  private H2ChunkRewriter(Connections connections) {
    this.connections = connections;
  }

  /** Runs a round every {@code intervalMillis} until closed or the database is gone. */
  static H2ChunkRewriter start(Connections connections, long intervalMillis) {
    H2ChunkRewriter rewriter = new H2ChunkRewriter(connections);
    rewriter.thread.scheduleWithFixedDelay(
        rewriter::round, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    return rewriter;
  }

  private void round() {
    try (Connection c = connections.get()) {
      long started = System.nanoTime();
      long held = rewrite(c, ROUND_BYTES);
      if (held < 0) {
        LOG.info(
            "journal is not an H2 file opened by this process: its chunks are left as H2 keeps them");
        close();
        return;
      }
      long took = System.nanoTime() - started;
      rounds++;
      roundNanos += took;
      longestNanos = Math.max(longestNanos, took);
      heldNanos += held;
      longestHeldNanos = Math.max(longestHeldNanos, held);
      if (started - reportedAt >= REPORT_NANOS) {
        LOG.info(
            "journal chunk rewriting: {} rounds in {} s took {} ms, the longest {} ms, with the"
                + " store quiet for {} ms, the longest {} ms; {} live chunks",
            rounds,
            TimeUnit.NANOSECONDS.toSeconds(started - reportedAt),
            TimeUnit.NANOSECONDS.toMillis(roundNanos),
            TimeUnit.NANOSECONDS.toMillis(longestNanos),
            TimeUnit.NANOSECONDS.toMillis(heldNanos),
            TimeUnit.NANOSECONDS.toMillis(longestHeldNanos),
            liveChunks(c));
        rounds = 0;
        roundNanos = 0;
        longestNanos = 0;
        heldNanos = 0;
        longestHeldNanos = 0;
        reportedAt = started;
      }
    } catch (SQLException | RuntimeException e) {
      // the pool closed with the journal, or H2 refused: either way later rounds would too
      LOG.info("journal chunk rewriting stopped: {}", e.toString());
      close();
    }
  }

  /**
   * Marks the live pages of up to {@code bytes} of the sparsest old chunks changed and commits
   * them. Returns how long the store was held quiet for it (nanoseconds), or -1 when {@code c} is
   * not a connection to an H2 file store in this process (a database served by another process, an
   * in-memory one) or the store reuses space itself.
   */
  static long rewrite(Connection c, int bytes) throws SQLException {
    MVStore mv = localStore(c);
    FileStore<?> file = mv == null ? null : mv.getFileStore();
    if (file == null || file.isReadOnly() || file.isSpaceReused()) {
      return -1;
    }
    // chunks younger than the retention time are not candidates, and H2's default is 45 s: the
    // chunks of the last 45 s would stay. With REUSE_SPACE=FALSE H2 overwrites nothing, so the
    // retention time has nothing else to protect. Set here, not in the URL, because it is not
    // free: without the rewriting the URL's RETENTION_TIME=1000 cost the paced reaction p99
    // (BENCHMARKS.md). In memory only: H2's persistent setting stays as it was.
    if (file.getRetentionTime() > RETENTION_MILLIS) {
      file.setRetentionTime(RETENTION_MILLIS);
    }
    int autoCommit = mv.getAutoCommitMemory();
    int budget = autoCommit > 0 ? Math.min(bytes, autoCommit / 8) : bytes;
    RuntimeException[] failed = new RuntimeException[1];
    boolean[] moved = new boolean[1];
    long[] held = new long[1];
    mv.executeFilestoreOperation(
        () -> {
          long quiet = System.nanoTime();
          file.setReuseSpace(true);
          // caught here: H2 closes the whole store on any exception out of this operation, and a
          // round that failed has at most marked some pages changed, which the next commit writes
          try {
            moved[0] = file.compact(SPARSE_BELOW, budget);
          } catch (RuntimeException e) {
            failed[0] = e;
          } finally {
            file.setReuseSpace(false);
            held[0] = System.nanoTime() - quiet;
          }
        });
    if (failed[0] != null) {
      throw failed[0];
    }
    if (moved[0]) {
      // written now, appended like any commit: an idle journal (every rollout in a pause) would
      // otherwise keep the pages unwritten, and a kill would find the old chunks still live
      mv.commit();
    }
    return held[0];
  }

  /** The chunks of the file that still hold a live page, or -1 if c is no local H2 file store. */
  static long liveChunks(Connection c) throws SQLException {
    MVStore mv = localStore(c);
    FileStore<?> file = mv == null ? null : mv.getFileStore();
    return file == null
        ? -1
        : file.getLayoutMap().keySet().stream().filter(k -> k.startsWith("chunk.")).count();
  }

  private static MVStore localStore(Connection c) throws SQLException {
    if (!c.isWrapperFor(JdbcConnection.class)
        || !(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
      return null;
    }
    Store store = session.getDatabase().getStore();
    return store == null ? null : store.getMvStore();
  }

  @Override
  public void close() {
    thread.shutdown();
  }
}
