package dev.stepwise.kube.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KubeTimeTest {

  @Test
  void readsTheApiServersTimestamps() {
    assertThat(KubeTime.parse("2026-11-27T13:40:10Z"))
        .isEqualTo(Instant.parse("2026-11-27T13:40:10Z"));
    assertThat(KubeTime.parse("2024-02-29T23:59:59.123456Z"))
        .isEqualTo(Instant.ofEpochSecond(1_709_251_199L, 123_456_000));
    assertThat(KubeTime.parse("1970-01-01T00:00:00Z")).isEqualTo(Instant.EPOCH);
  }

  @Test
  void agreesWithInstantParseOnEveryFormItMayMeet() {
    List<String> samples =
        new ArrayList<>(
            List.of(
                "2026-01-01T00:00:00.5Z",
                "2026-01-01T00:00:00.123456789Z",
                "2026-01-01T00:00:00+01:00", // an offset: Instant.parse reads it
                "2016-12-31T23:59:60Z", // a leap second
                "2026-01-01T24:00:00Z", // the end of the day: the next one
                "2026-01-01T00:00:00.Z", // an empty fraction
                "+12026-01-01T00:00:00Z",
                "0000-01-01T00:00:00Z",
                "1900-02-28T12:00:00Z"));
    Random random = new Random(5);
    for (int i = 0; i < 20_000; i++) {
      samples.add(
          "%04d-%02d-%02dT%02d:%02d:%02d%sZ"
              .formatted(
                  random.nextInt(10_000),
                  1 + random.nextInt(12),
                  1 + random.nextInt(28),
                  random.nextInt(24),
                  random.nextInt(60),
                  random.nextInt(60),
                  random.nextBoolean()
                      ? ""
                      : "." + "123456789".substring(0, 1 + random.nextInt(9))));
    }
    for (String s : samples) {
      assertThat(KubeTime.parse(s)).as(s).isEqualTo(Instant.parse(s));
    }
  }

  @Test
  void readsStringsLenientlyAndNothingElse() {
    assertThat(KubeTime.orNull("2026-11-27T13:40:10Z"))
        .isEqualTo(Instant.parse("2026-11-27T13:40:10Z"));
    assertThat(KubeTime.orNull("2026-02-30T00:00:00Z")).isNull();
    assertThat(KubeTime.orNull("")).isNull();
    assertThat(KubeTime.orNull(1_700_000_000L)).isNull();
    assertThat(KubeTime.orNull(null)).isNull();
  }

  @Test
  void rejectsWhatInstantParseRejects() {
    for (String bad :
        List.of(
            "",
            "2026-02-30T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-00-01T00:00:00Z",
            "2026-01-01T00:60:00Z",
            "2026-01-01T00:00:61Z",
            "2026-01-01T00:00:00.1234567890Z",
            "2026-01-01 00:00:00Z",
            "2026-01-01T00:00:00",
            "2026-01-01T0a:00:00Z",
            "yesterday")) {
      assertThatThrownBy(() -> Instant.parse(bad))
          .as(bad)
          .isInstanceOf(DateTimeParseException.class);
      assertThatThrownBy(() -> KubeTime.parse(bad))
          .as(bad)
          .isInstanceOf(DateTimeParseException.class);
    }
  }
}
