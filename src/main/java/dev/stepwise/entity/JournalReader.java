package dev.stepwise.entity;

import com.typesafe.config.Config;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import java.time.Instant;
import java.util.List;

/**
 * Reads rollout journals directly (no running controller needed), for {@code stepwise history}.
 * Contract shared by entity/ (implementation) and cli/ (formatting).
 */
public interface JournalReader extends AutoCloseable {

  /** Opens the journal configured in {@code config} (the same config the controller uses). */
  static JournalReader open(Config config) {
    return JdbcJournalReader.open(config);
  }

  /** Every rollout that has a journal, sorted by namespace then name. */
  List<RolloutKey> rollouts();

  /** The rollout's events in order; empty when it has no journal. */
  List<Entry> events(RolloutKey key);

  @Override
  void close();

  /**
   * One persisted event.
   *
   * @param written when the journal stored it
   */
  record Entry(long sequenceNr, Instant written, RolloutEvent event) {}
}
