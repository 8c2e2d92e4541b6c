package dev.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiLedgerCountTest {
  @Test
  void tellsTheReadsAndTheWritesByKindInBetween() {
    var before = new ApiLedger.Count(5, writes(2, 0));
    var after = new ApiLedger.Count(15, writes(5, 0));

    assertThat(after.since(before)).isEqualTo("10 reads, rollout_status 3");
    assertThat(after.since(after)).isEqualTo("0 reads");
  }

  @Test
  void writesPerRolloutByKindAndTheirSumWithoutEvents() {
    var before = new ApiLedger.Count(0, writes(0, 0));
    Map<ApiLedger.Kind, Long> w = writes(10, 4);
    w.put(ApiLedger.Kind.EVENT, 40L);
    var after = new ApiLedger.Count(2, w);

    assertThat(after.writesPer(before, 4))
        .isEqualTo("rollout_status 2.50, event 10.00, other 1.00");
    assertThat(after.writesWithoutEvents(before)).isEqualTo(14);
  }

  private static Map<ApiLedger.Kind, Long> writes(long status, long other) {
    Map<ApiLedger.Kind, Long> w = new EnumMap<>(ApiLedger.Kind.class);
    for (ApiLedger.Kind k : ApiLedger.Kind.values()) {
      w.put(k, 0L);
    }
    w.put(ApiLedger.Kind.ROLLOUT_STATUS, status);
    w.put(ApiLedger.Kind.OTHER, other);
    return w;
  }
}
