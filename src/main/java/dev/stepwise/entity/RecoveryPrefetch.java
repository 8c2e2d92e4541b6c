package dev.stepwise.entity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.pekko.persistence.jdbc.journal.dao.JournalTables.JournalPekkoSerializationRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Option;

/**
 * Every journal's events after its latest snapshot, read in one pass over the table when the
 * journal starts, for the recoveries that follow a restart. Without it each entity's recovery runs
 * its own queries (highest sequence number, then the events), 20,000 round trips through Slick and
 * H2 for 10,000 rollouts on two cores that the restart needs for everything else (BENCHMARKS.md).
 *
 * <p>Why the copy stays right: an H2 file journal has one writer, this process, and an entity
 * writes only after it has recovered. A journal is forgotten at its first write or delete here, and
 * once its events have been replayed (which frees them). The journal asks for anything else (an
 * older range, a forgotten or unknown journal, a journal the memory budget left out) as before.
 * {@link #drop()} lets go of the whole copy.
 *
 * <p>Memory: rows are kept up to a budget of bytes; past it, journals not yet started are left to
 * the database. A table with more rows than {@code maxScannedRows} (a long history before the
 * snapshots) is not worth a full pass and the prefetch gives up.
 */
final class RecoveryPrefetch {
  private static final Logger log = LoggerFactory.getLogger(RecoveryPrefetch.class);
  // per row kept besides its payload: the row object, its array header, the list slot
  private static final int ROW_OVERHEAD = 120;

  /**
   * One journal's prefetched part: highest sequence number ever written, events from {@code from}.
   */
  record Events(long highest, long from, List<JournalPekkoSerializationRow> rows) {}

  private final CompletableFuture<Void> loaded;
  private volatile Map<String, Events> journals = new ConcurrentHashMap<>();
  // journals written or deleted here since the start: the copy no longer describes them
  private final Set<String> changed = ConcurrentHashMap.newKeySet();
  private volatile boolean dropped;

  private RecoveryPrefetch(CompletableFuture<Void> loaded) {
    this.loaded = loaded;
  }

  /** Starts the pass on a thread of its own; lookups wait for it to end. */
  static RecoveryPrefetch start(
      Supplier<Connection> connections, Tables tables, long maxBytes, long maxScannedRows) {
    CompletableFuture<Void> loaded = new CompletableFuture<>();
    RecoveryPrefetch prefetch = new RecoveryPrefetch(loaded);
    Thread.ofPlatform()
        .name("stepwise-recovery-prefetch")
        .daemon()
        .start(
            () -> {
              long began = System.nanoTime();
              try (Connection c = connections.get()) {
                Map<String, Events> read = read(c, tables, maxBytes, maxScannedRows);
                prefetch.journals = new ConcurrentHashMap<>(read);
                log.info(
                    "Recovery prefetch: {} journals read in {} ms",
                    read.size(),
                    (System.nanoTime() - began) / 1_000_000);
              } catch (SQLException | RuntimeException e) {
                log.warn(
                    "Recovery prefetch failed; entities recover from the database: {}",
                    e.toString());
              } finally {
                loaded.complete(null);
              }
            });
    return prefetch;
  }

  /** Completes when the pass has ended, whatever it found. */
  CompletableFuture<Void> loaded() {
    return loaded;
  }

  /** The journal's prefetched events, or null: call once {@link #loaded()} is done. */
  Events lookup(String persistenceId) {
    return dropped || changed.contains(persistenceId) ? null : journals.get(persistenceId);
  }

  /** Journals held. */
  int size() {
    return journals.size();
  }

  /** The journal's events were replayed: the entity holds what they made. */
  void replayed(String persistenceId) {
    journals.remove(persistenceId);
  }

  /** The journal changes here: later reads go to the database. */
  void forget(String persistenceId) {
    if (!dropped) {
      changed.add(persistenceId);
      journals.remove(persistenceId);
    }
  }

  /** Drops the whole copy, with the journals whose entities never started. */
  void drop() {
    dropped = true;
    journals = new ConcurrentHashMap<>();
    changed.clear();
  }

  /** The quoted names of the two tables read. */
  record Tables(String journal, String snapshot) {}

  private static Map<String, Events> read(
      Connection c, Tables tables, long maxBytes, long maxScannedRows) throws SQLException {
    Map<String, Long> snapshotAt = new HashMap<>();
    Map<String, Long> highest = new HashMap<>();
    Map<String, List<JournalPekkoSerializationRow>> rows = new HashMap<>();
    boolean full = false;
    try (Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + tables.journal())) {
        r.next();
        if (r.getLong(1) > maxScannedRows) {
          log.info(
              "Recovery prefetch skipped: {} journal rows (more than {}); entities recover from"
                  + " the database",
              r.getLong(1),
              maxScannedRows);
          return Map.of();
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT \"persistence_id\", MAX(\"sequence_number\") FROM "
                  + tables.snapshot()
                  + " GROUP BY \"persistence_id\"")) {
        while (r.next()) {
          snapshotAt.put(r.getString(1), r.getLong(2));
        }
      }
      // table order, not the key's: a plain pass over the rows instead of a lookup per row
      Map<String, String> strings = new HashMap<>();
      long bytes = 0;
      try (ResultSet r =
          s.executeQuery(
              "SELECT \"ordering\", \"deleted\", \"persistence_id\", \"sequence_number\","
                  + " \"writer\", \"write_timestamp\", \"adapter_manifest\", \"event_payload\","
                  + " \"event_ser_id\", \"event_ser_manifest\", \"meta_payload\", \"meta_ser_id\","
                  + " \"meta_ser_manifest\" FROM "
                  + tables.journal())) {
        while (r.next()) {
          String pid = r.getString(3);
          long seq = r.getLong(4);
          highest.merge(pid, seq, Math::max);
          boolean deleted = r.getBoolean(2);
          if (deleted || seq <= snapshotAt.getOrDefault(pid, 0L)) {
            continue;
          }
          List<JournalPekkoSerializationRow> list = rows.get(pid);
          if (list == null) {
            if (full) {
              continue;
            }
            list = new ArrayList<>();
            rows.put(pid, list);
          }
          JournalPekkoSerializationRow row = row(r, pid, seq, strings);
          list.add(row);
          bytes += ROW_OVERHEAD + row.eventPayload().length;
          if (!full && bytes > maxBytes) {
            // journals begun are completed; the rest are left to the database
            full = true;
            log.info("Recovery prefetch: memory budget of {} bytes reached", maxBytes);
          }
        }
      }
    }
    Map<String, Events> out = new HashMap<>(highest.size() * 2);
    for (Map.Entry<String, Long> h : highest.entrySet()) {
      String pid = h.getKey();
      List<JournalPekkoSerializationRow> list = rows.get(pid);
      if (list == null && full) {
        continue; // its rows after the snapshot, if any, were not kept
      }
      if (list == null) {
        list = List.of();
      } else {
        list.sort(Comparator.comparingLong(JournalPekkoSerializationRow::sequenceNumber));
      }
      out.put(pid, new Events(h.getValue(), snapshotAt.getOrDefault(pid, 0L) + 1, list));
    }
    return out;
  }

  private static JournalPekkoSerializationRow row(
      ResultSet r, String pid, long seq, Map<String, String> strings) throws SQLException {
    byte[] meta = r.getBytes(11);
    int metaSerId = r.getInt(12);
    boolean hasMetaSerId = !r.wasNull();
    String metaManifest = r.getString(13);
    return new JournalPekkoSerializationRow(
        r.getLong(1),
        false,
        pid,
        seq,
        strings.computeIfAbsent(r.getString(5), k -> k),
        r.getLong(6),
        strings.computeIfAbsent(r.getString(7), k -> k),
        r.getBytes(8),
        r.getInt(9),
        strings.computeIfAbsent(r.getString(10), k -> k),
        Option.apply(meta),
        hasMetaSerId ? Option.apply(metaSerId) : Option.empty(),
        Option.apply(metaManifest));
  }
}
