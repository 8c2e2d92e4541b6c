package dev.stepwise.entity;

import com.typesafe.config.Config;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.Done;
import org.apache.pekko.actor.ClassicActorSystemProvider;
import org.apache.pekko.persistence.jdbc.testkit.javadsl.SchemaUtils;

/**
 * Creates the journal schema: on H2 with the plugin's DDL ({@link #createH2IfNotExists}), on
 * PostgreSQL with Stepwise's script before the persistence plugin touches it. Unlike
 * pekko-persistence-jdbc's SchemaUtils (which swallows every SQLException, STACK.md pitfall 11),
 * any failing statement aborts the start with the statement and the database's message.
 */
public final class JournalSchema {
  static final String POSTGRES_SCRIPT = "db/postgres/V1__journal.sql";

  /**
   * Serialises migrations of nodes that start together: an arbitrary constant that names "the
   * Stepwise schema" for pg_advisory_xact_lock.
   */
  private static final long LOCK_KEY = 0x5374657077697365L;

  /**
   * The journal plugin's settings with the plugin's own DAO. pekko-persistence-jdbc's SchemaUtils
   * creates its legacy tables for any journal DAO but DefaultJournalDao, and the journal runs
   * PrefetchingJournalDao; the schema step reads this copy instead (reference.conf).
   */
  static final String H2_SCHEMA_PLUGIN = "stepwise-journal-schema";

  private JournalSchema() {}

  /**
   * Creates the plugin's tables on H2 where they are missing (the plugin's DDL, which swallows the
   * errors of the tables that exist).
   */
  public static CompletionStage<Done> createH2IfNotExists(ClassicActorSystemProvider system) {
    return SchemaUtils.createIfNotExists(H2_SCHEMA_PLUGIN, system);
  }

  /** True when the journal URL names a PostgreSQL database. */
  public static boolean isPostgres(Config config) {
    return config.getString("stepwise.journal.url").startsWith("jdbc:postgresql:");
  }

  /**
   * Applies the schema script in one transaction under an advisory lock.
   *
   * @throws IllegalStateException naming the statement that failed and why
   */
  public static void migratePostgres(Config config) {
    Config j = config.getConfig("stepwise.journal");
    List<String> statements = statements(script());
    try (Connection c =
        DriverManager.getConnection(
            j.getString("url"), j.getString("user"), j.getString("password"))) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
        for (String sql : statements) {
          try {
            s.execute(sql);
          } catch (SQLException e) {
            c.rollback();
            throw new IllegalStateException(
                "journal schema migration failed at: "
                    + firstLine(sql)
                    + " ("
                    + e.getMessage()
                    + ")",
                e);
          }
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "journal schema migration: cannot use " + j.getString("url") + ": " + e.getMessage(), e);
    }
  }

  private static String script() {
    try (InputStream in =
        JournalSchema.class.getClassLoader().getResourceAsStream(POSTGRES_SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + POSTGRES_SCRIPT);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + POSTGRES_SCRIPT, e);
    }
  }

  /** Splits on ';' at line ends, dropping "--" comment lines (the script has no other syntax). */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (t.endsWith(";")) {
        String sql = current.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  private static String firstLine(String sql) {
    int nl = sql.indexOf('\n');
    return nl < 0 ? sql : sql.substring(0, nl);
  }
}
