package dev.stepwise.ha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.stepwise.bench.PostgresServer;
import dev.stepwise.entity.JournalSchema;
import dev.stepwise.entity.StepwiseSystem;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The PostgreSQL migration on a real server: idempotent, and loud when it cannot apply. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JournalSchemaIT {
  private PostgresServer pg;

  @BeforeAll
  void start() throws Exception {
    pg = PostgresServer.start();
  }

  @AfterAll
  void stop() {
    if (pg != null) {
      pg.close();
    }
  }

  @Test
  void migratesOnceAndAgainWithoutChange() throws Exception {
    try (Connection c = connect("")) {
      c.createStatement().execute("CREATE SCHEMA stepwise_a");
    }
    Config config = config(pg.jdbcUrl(), "stepwise_a");
    assertThat(config.getString("stepwise.journal.driver")).isEqualTo("org.postgresql.Driver");
    assertThat(config.getString("stepwise.journal.profile"))
        .isEqualTo("slick.jdbc.PostgresProfile$");
    JournalSchema.migratePostgres(config);
    JournalSchema.migratePostgres(config);
    assertThat(tables("stepwise_a"))
        .contains("event_journal", "event_tag", "snapshot", "stepwise_schema_version");
  }

  @Test
  void aStatementThatFailsStopsTheStartWithTheDatabasesMessage() throws Exception {
    try (Connection c = connect("")) {
      c.createStatement().execute("CREATE SCHEMA stepwise_b");
      // a table of that name but another shape: the index on "ordering" cannot be created
      c.createStatement().execute("CREATE TABLE stepwise_b.event_journal (id INT)");
    }
    assertThatThrownBy(() -> JournalSchema.migratePostgres(config(pg.jdbcUrl(), "stepwise_b")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("journal schema migration failed at: CREATE UNIQUE INDEX")
        .hasMessageContaining("ordering");
    assertThat(tables("stepwise_b")).as("rolled back").containsExactly("event_journal");
  }

  @Test
  void anUnreachableDatabaseIsReportedWithItsUrl() {
    String url = "jdbc:postgresql://127.0.0.1:" + PostgresServer.freePort() + "/postgres";
    assertThatThrownBy(() -> JournalSchema.migratePostgres(config(url, "public")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot use " + url);
  }

  private static Config config(String url, String schema) {
    String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return StepwiseSystem.loadConfig(
        ConfigFactory.parseMap(
            Map.of(
                "stepwise.journal.url", withSchema, "stepwise.journal.user", PostgresServer.USER)));
  }

  private Connection connect(String schema) throws Exception {
    String url = pg.jdbcUrl() + (schema.isEmpty() ? "" : "?currentSchema=" + schema);
    return DriverManager.getConnection(url, PostgresServer.USER, "");
  }

  private List<String> tables(String schema) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = connect("");
        ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        out.add(rs.getString("TABLE_NAME"));
      }
    }
    return out;
  }
}
