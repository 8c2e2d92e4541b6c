package dev.stepwise.cli;

import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.entity.JournalReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An in-memory journal: what {@code history} would read from the H2 or PostgreSQL journal. */
final class FakeJournal implements JournalReader {
  private final Map<RolloutKey, List<Entry>> journals = new LinkedHashMap<>();
  boolean closed;

  FakeJournal append(RolloutKey key, RolloutEvent... events) {
    List<Entry> entries = journals.computeIfAbsent(key, k -> new ArrayList<>());
    for (RolloutEvent e : events) {
      entries.add(new Entry(entries.size() + 1, e.at(), e));
    }
    return this;
  }

  @Override
  public List<RolloutKey> rollouts() {
    return List.copyOf(journals.keySet());
  }

  @Override
  public List<Entry> events(RolloutKey key) {
    return journals.getOrDefault(key, List.of());
  }

  @Override
  public void close() {
    closed = true;
  }
}
