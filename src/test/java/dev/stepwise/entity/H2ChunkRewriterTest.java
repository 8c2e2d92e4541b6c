package dev.stepwise.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file a kill leaves behind after many small commits: with the chunks rewritten as the journal
 * runs, it has few live chunks (what a restart's open reads) and every committed row.
 */
class H2ChunkRewriterTest {
  private static final int COMMITS = 2_000;
  private static final int KEYS = 5_000;

  @TempDir Path dir;

  @Test
  void aKillLeavesFewLiveChunksAndEveryRowWhenChunksAreRewritten() throws Exception {
    Killed without = writeAndKill("without", Rewrite.NEVER);
    Killed with = writeAndKill("with", Rewrite.WHILE_WRITING);

    // each commit appends a chunk, and many keep a page alive (418 of 2,000 when written)
    assertThat(without.liveChunks).isGreaterThan(COMMITS / 10);
    assertThat(with.liveChunks).isLessThan(without.liveChunks / 5);
    assertThat(with.rows).isEqualTo(without.rows).isEqualTo(with.written);
    assertThat(with.sum).isEqualTo(without.sum);
  }

  @Test
  void anIdleJournalsChunksAreRewrittenToo() throws Exception {
    // every rollout in a pause: nothing else commits, so the rounds write what they moved
    Killed without = writeAndKill("without", Rewrite.NEVER);
    Killed idle = writeAndKill("idle", Rewrite.AFTER_WRITING);

    assertThat(idle.liveChunks).isLessThan(without.liveChunks / 5);
    assertThat(idle.rows).isEqualTo(idle.written);
    assertThat(idle.sum).isEqualTo(without.sum);
  }

  @Test
  void leavesAnInMemoryDatabaseAlone() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:rewrite", "sa", "")) {
      assertThat(H2ChunkRewriter.rewrite(c, H2ChunkRewriter.ROUND_BYTES)).isNegative();
    }
  }

  private enum Rewrite {
    NEVER,
    WHILE_WRITING,
    AFTER_WRITING
  }

  private record Killed(long written, long rows, long sum, long liveChunks) {}

  /** Commits rows one small batch at a time, then copies the open file as a kill leaves it. */
  private Killed writeAndKill(String name, Rewrite rewrite) throws Exception {
    Path copy = dir.resolve(name + "-killed");
    long written = 0;
    // RETENTION_TIME=0: chunks may be rewritten as soon as they are written (1 s in the controller)
    String url =
        "jdbc:h2:file:"
            + dir.resolve(name).resolve("journal")
            + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;RETENTION_TIME=0";
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE events (pid VARCHAR(64), seq BIGINT, payload VARBINARY(200),"
                + " PRIMARY KEY (pid, seq))");
      }
      c.setAutoCommit(false);
      long[] seq = new long[KEYS];
      Random random = new Random(7);
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO events VALUES (?, ?, ?)")) {
        for (int i = 0; i < COMMITS; i++) {
          for (int j = random.nextInt(4); j >= 0; j--) {
            int key = random.nextInt(KEYS);
            insert.setString(1, "rollout-" + key);
            insert.setLong(2, ++seq[key]);
            insert.setBytes(3, new byte[100 + random.nextInt(100)]);
            insert.executeUpdate();
            written++;
          }
          c.commit();
          if (rewrite == Rewrite.WHILE_WRITING && i % 25 == 24) {
            assertThat(H2ChunkRewriter.rewrite(c, H2ChunkRewriter.ROUND_BYTES)).isNotNegative();
          }
        }
      }
      for (int round = 0; rewrite == Rewrite.AFTER_WRITING && round < 40; round++) {
        assertThat(H2ChunkRewriter.rewrite(c, H2ChunkRewriter.ROUND_BYTES)).isNotNegative();
      }
      // no commit is being written: the file is what a kill at this point leaves
      Files.createDirectories(copy);
      Files.copy(dir.resolve(name).resolve("journal.mv.db"), copy.resolve("journal.mv.db"));
    }
    String killed = "jdbc:h2:file:" + copy.resolve("journal");
    try (Connection c = DriverManager.getConnection(killed, "sa", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(seq) FROM events")) {
      rs.next();
      return new Killed(written, rs.getLong(1), rs.getLong(2), H2ChunkRewriter.liveChunks(c));
    }
  }
}
