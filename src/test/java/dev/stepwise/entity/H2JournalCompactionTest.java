package dev.stepwise.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2JournalCompactionTest {
  @TempDir Path dir;

  private String url() {
    return "jdbc:h2:file:" + dir.resolve("journal") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
  }

  private Config config() {
    return ConfigFactory.parseMap(
        Map.of(
            "stepwise.journal.url",
            url(),
            "stepwise.journal.compact-on-start",
            true,
            "stepwise.journal.user",
            "sa",
            "stepwise.journal.password",
            ""));
  }

  @Test
  void aLockFileLeftByAKilledProcessIsRemovedAndTheDataKept() throws Exception {
    Path lock = dir.resolve("journal.lock.db");
    byte[] leftBehind;
    try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
      c.createStatement().execute("create table t(v int)");
      c.createStatement().execute("insert into t values (42)");
      leftBehind = Files.readAllBytes(lock);
    }
    // closing removed it; a SIGKILL would have left it as it was while the database was open
    assertThat(lock).doesNotExist();
    Files.write(lock, leftBehind);

    H2JournalCompaction.compactIfIdle(config());

    assertThat(lock).doesNotExist();
    try (Connection c = DriverManager.getConnection(url(), "sa", "");
        ResultSet r = c.createStatement().executeQuery("select v from t")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getInt(1)).isEqualTo(42);
    }
  }

  @Test
  void withoutCompactionTheLockFileIsLeftAlone() throws Exception {
    try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
      c.createStatement().execute("create table t(v int)");
    }
    Path lock = dir.resolve("journal.lock.db");
    Files.writeString(lock, "#FileLock\nmethod=FILE\nid=someone-else\n");

    H2JournalCompaction.compactIfIdle(
        config()
            .withValue("stepwise.journal.compact-on-start", ConfigValueFactory.fromAnyRef(false)));

    assertThat(lock).exists();
  }
}
