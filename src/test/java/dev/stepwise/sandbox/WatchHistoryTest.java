package dev.stepwise.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.mockwebserver.crud.Attribute;
import io.fabric8.mockwebserver.crud.AttributeSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchHistoryTest {
  private static final AttributeSet KEY = new AttributeSet(new Attribute("name", "a"));

  @Test
  void theChangesAfterAResourceVersionInOrder() {
    WatchHistory h = new WatchHistory(1_000);
    h.record(change(5, "{\"v\":5}"));
    h.record(change(6, "{\"v\":6}"));
    h.record(change(9, "{\"v\":9}"));

    assertThat(versions(h.after(5).orElseThrow())).containsExactly(6L, 9L);
    assertThat(versions(h.after(9).orElseThrow())).isEmpty();
    assertThat(versions(h.after(1).orElseThrow())).containsExactly(5L, 6L, 9L);
  }

  @Test
  void aResourceVersionOlderThanTheChangesHeldIsGone() {
    // 10 characters per change, room for two
    WatchHistory h = new WatchHistory(20);
    h.record(change(1, "0123456789"));
    h.record(change(2, "0123456789"));
    h.record(change(3, "0123456789"));

    assertThat(h.after(0)).isEmpty();
    assertThat(versions(h.after(1).orElseThrow())).containsExactly(2L, 3L);
  }

  @Test
  void theNewestChangeIsKeptEvenWhenLargerThanTheBound() {
    WatchHistory h = new WatchHistory(5);
    h.record(change(1, "0123456789"));

    assertThat(versions(h.after(0).orElseThrow())).containsExactly(1L);
  }

  private static WatchHistory.Change change(long rv, String json) {
    return new WatchHistory.Change(rv, null, null, KEY, json);
  }

  private static List<Long> versions(List<WatchHistory.Change> changes) {
    return changes.stream().map(WatchHistory.Change::resourceVersion).toList();
  }
}
