package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoTimeTest {
  @Test
  void writesWhatInstantToStringWritesAndReadsItBack() {
    var random = new SplittableRandom(42);
    for (int i = 0; i < 200_000; i++) {
      long seconds = random.nextLong(-62_167_219_200L, 253_402_300_800L);
      int nanos =
          switch (i % 4) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
          };
      Instant t = Instant.ofEpochSecond(seconds, nanos);

      assertThat(IsoTime.format(t)).isEqualTo(t.toString());
      assertThat(IsoTime.parseOrNull(t.toString())).isEqualTo(t);
    }
  }

  @Test
  void readsAnyNumberOfFractionDigitsAsTheJdkDoes() {
    for (String s :
        new String[] {
          "2026-11-28T09:25:01Z",
          "2026-11-28T09:25:01.1Z",
          "2026-11-28T09:25:01.12345Z",
          "2026-11-28T09:25:01.123456789Z",
          "1970-01-01T00:00:00Z",
          "1969-12-31T23:59:59.999999999Z",
          "2024-02-29T23:59:59Z",
          "0000-01-01T00:00:00Z",
          "9999-12-31T23:59:59.999Z"
        }) {
      assertThat(IsoTime.parseOrNull(s)).as(s).isEqualTo(Instant.parse(s));
    }
  }

  @Test
  void leavesAnythingElseToTheGeneralParser() {
    for (String s :
        new String[] {
          "2026-11-28T09:25:01+01:00",
          "2026-11-28T09:25:60Z", // a leap second
          "2026-02-30T09:25:01Z",
          "2026-11-28T24:00:00Z",
          "2026-11-28 09:25:01Z",
          "2026-11-28T09:25:01.Z",
          "2026-11-28T09:25:01.1234567890Z",
          "+10000-01-01T00:00:00Z",
          "2026-1x-28T09:25:01Z",
          "yesterday",
          ""
        }) {
      assertThat(IsoTime.parseOrNull(s)).as(s).isNull();
    }
    Instant far = Instant.parse("+10000-01-01T00:00:00Z");
    assertThat(IsoTime.format(far)).isEqualTo(far.toString());
  }
}
