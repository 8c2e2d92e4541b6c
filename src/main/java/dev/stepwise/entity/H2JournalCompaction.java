package dev.stepwise.entity;

import com.typesafe.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts the H2 journal file before the controller opens it. The journal runs with
 * REUSE_SPACE=FALSE because H2 can lose the newest commit on a kill when it wrote that commit into
 * reused space (the file header still points at the chunk before, so recovery never finds it; seen
 * in CrashConsistencyIT). Appending only is safe but the file grows with every commit, so each
 * start rewrites it to its live data, when no other process has it open.
 *
 * <p>It also removes the lock file that a killed controller leaves behind. With AUTO_SERVER, H2
 * finds that file at the next open and waits two to four seconds to make sure its owner is gone: a
 * restart after a kill spent 3.4 s doing nothing else (BENCHMARKS.md). The compaction's exclusive
 * open has just shown that no process has the journal open, so the lock file is stale if nobody has
 * rewritten it since; a process that rewrote it meanwhile is taking the file over and keeps it.
 */
final class H2JournalCompaction {
  private static final Logger LOG = LoggerFactory.getLogger(H2JournalCompaction.class);
  private static final String PREFIX = "jdbc:h2:file:";

  private H2JournalCompaction() {}

  static void compactIfIdle(Config config) {
    String url = config.getString("stepwise.journal.url");
    if (!url.startsWith(PREFIX) || !config.getBoolean("stepwise.journal.compact-on-start")) {
      return;
    }
    String[] parts = url.split(";");
    String base = parts[0].substring(PREFIX.length());
    Path file = Path.of(base + ".mv.db");
    if (!Files.isRegularFile(file)) {
      return;
    }
    Path lock = Path.of(base + ".lock.db");
    byte[] lockBefore = read(lock);
    // Without AUTO_SERVER the open fails while another process (a `history`, a second
    // controller on the same directory) has the file: then it is left as it is.
    String exclusive =
        Arrays.stream(parts)
                .filter(p -> !p.toUpperCase(java.util.Locale.ROOT).startsWith("AUTO_SERVER="))
                .collect(Collectors.joining(";"))
            + ";IFEXISTS=TRUE";
    long before = size(file);
    long started = System.nanoTime();
    // closed only after H2 has: on Linux closing any descriptor of a file drops the process's
    // locks on it, H2's included
    try (ReadAhead ahead = ReadAhead.start(file)) {
      try (Connection c =
              DriverManager.getConnection(
                  exclusive,
                  config.getString("stepwise.journal.user"),
                  config.getString("stepwise.journal.password"));
          Statement s = c.createStatement()) {
        s.execute("SHUTDOWN COMPACT");
      } catch (SQLException e) {
        LOG.info("journal {} not compacted: {}", file, e.getMessage());
        return;
      }
    }
    if (lockBefore != null && Arrays.equals(lockBefore, read(lock))) {
      try {
        Files.deleteIfExists(lock);
        LOG.info("removed the lock file {} left by a process that is gone", lock);
      } catch (java.io.IOException e) {
        LOG.info("lock file {} left as it is: {}", lock, e.getMessage());
      }
    }
    LOG.info(
        "compacted journal {} from {} to {} bytes in {} ms",
        file,
        before,
        size(file),
        (System.nanoTime() - started) / 1_000_000);
  }

  /** The file's bytes, or null when there is none (or it cannot be read). */
  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return -1;
    }
  }
}
