package dev.stepwise.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.RolloutKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A status the informer has not delivered yet is not written a second time. */
class StatusWrittenAheadTest {
  private static final RolloutKey KEY = new RolloutKey("default", "demo");

  private static Map<String, Object> status(String phase, Integer replicas) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("phase", phase);
    m.put("replicas", replicas);
    m.put("message", null);
    m.put("conditions", List.of(Map.of("type", "Paused", "status", "True")));
    return m;
  }

  @Test
  void theSameStatusWhileTheCacheLagsIsAlreadyWritten() {
    StatusWrittenAhead ahead = new StatusWrittenAhead();
    ahead.written(KEY, 12L, status("Paused", 2));

    assertThat(ahead.ahead(KEY, 11L, status("Paused", 2))).isEqualTo(12L);
    assertThat(ahead.ahead(KEY, 11L, status("Paused", 1))).isNull(); // a change is written
  }

  @Test
  void theEntryGoesOnceTheCacheShowsTheWrite() {
    StatusWrittenAhead ahead = new StatusWrittenAhead();
    ahead.written(KEY, 12L, status("Paused", 2));

    assertThat(ahead.ahead(KEY, 12L, status("Paused", 2))).isNull();
    assertThat(ahead.size()).isZero();
    assertThat(ahead.ahead(KEY, 11L, status("Paused", 2))).isNull();
  }

  @Test
  void aDeletedRolloutIsForgotten() {
    StatusWrittenAhead ahead = new StatusWrittenAhead();
    ahead.written(KEY, 12L, status("Paused", 2));
    ahead.forget(KEY);
    assertThat(ahead.size()).isZero();
  }
}
