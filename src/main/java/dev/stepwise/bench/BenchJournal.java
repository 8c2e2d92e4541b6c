package dev.stepwise.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The controller's journal in a benchmark run (`--journal`): the H2 file in the data directory, as
 * shipped, or a PostgreSQL server started for the run, as a multi-node cluster uses. Each gives the
 * controller its settings and measures how large the journal has grown.
 */
abstract sealed class BenchJournal implements AutoCloseable {
  static BenchJournal of(String kind, Path dataDir) throws IOException {
    return switch (kind) {
      case "h2" -> new H2(dataDir);
      case "postgres" -> new Postgres(PostgresServer.start(true));
      default -> throw new IllegalStateException("--journal must be h2 or postgres: " + kind);
    };
  }

  /** Controller settings ({@code stepwise.journal.*}) that point it at this journal. */
  abstract Map<String, String> settings();

  /** The journal's size on disk in bytes. */
  abstract long bytes();

  /** What {@link #bytes()} measures, for the table. */
  abstract String measured();

  /** The journal, for the settings line of the table. */
  abstract String describe();

  @Override
  public void close() {}

  /** The H2 file, as shipped: its size is the file's, which only grows until compacted. */
  static final class H2 extends BenchJournal {
    private final Path file;

    H2(Path dataDir) {
      this.file = dataDir.resolve("journal.mv.db");
    }

    @Override
    Map<String, String> settings() {
      return Map.of();
    }

    @Override
    long bytes() {
      try {
        return Files.exists(file) ? Files.size(file) : -1;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    String measured() {
      return "journal.mv.db (REUSE_SPACE=FALSE)";
    }

    @Override
    String describe() {
      return "H2 file journal";
    }
  }

  /**
   * A PostgreSQL server of the run's own, with fsync on as in production; its size is that of the
   * journal's tables with their indexes and TOAST data.
   */
  static final class Postgres extends BenchJournal {
    private static final String SIZE =
        "select sum(pg_total_relation_size(c.oid)) from pg_class c"
            + " join pg_namespace n on n.oid = c.relnamespace"
            + " where n.nspname = 'public' and c.relkind = 'r'";

    private final PostgresServer server;

    Postgres(PostgresServer server) {
      this.server = server;
    }

    @Override
    Map<String, String> settings() {
      Map<String, String> s = new LinkedHashMap<>();
      s.put("stepwise.journal.url", server.jdbcUrl());
      s.put("stepwise.journal.user", PostgresServer.USER);
      return s;
    }

    @Override
    long bytes() {
      try (Connection c = DriverManager.getConnection(server.jdbcUrl(), PostgresServer.USER, "");
          ResultSet r = c.createStatement().executeQuery(SIZE)) {
        return r.next() ? r.getLong(1) : -1;
      } catch (SQLException e) {
        throw new IllegalStateException("cannot measure the PostgreSQL journal: " + e, e);
      }
    }

    @Override
    String measured() {
      return "PostgreSQL tables with indexes (pg_total_relation_size)";
    }

    @Override
    String describe() {
      return "PostgreSQL journal (a server of the run's own, fsync on, loopback)";
    }

    @Override
    public void close() {
      server.close();
    }
  }
}
