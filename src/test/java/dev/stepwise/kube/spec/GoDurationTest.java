package dev.stepwise.kube.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoDurationTest {
  @ParameterizedTest
  @CsvSource({
    "10, 10",
    "30s, 30",
    "1m30s, 90",
    "1h, 3600",
    "1.5h, 5400",
    "300ms, 1",
    "1.5s, 2",
    "2m0.5s, 121",
    "1h1m1s, 3661",
    "90m, 5400",
    "1000000us, 1",
  })
  void pauseDurationStringsGiveSeconds(String text, long seconds) {
    assertThat(GoDuration.pauseSeconds(text)).isEqualTo(seconds);
  }

  @Test
  void pauseDurationIntsAreSeconds() {
    assertThat(GoDuration.pauseSeconds(45)).isEqualTo(45);
    assertThat(GoDuration.pauseSeconds(45L)).isEqualTo(45);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "", "1d", "10 s", "s", "0", "-5", "-1m", "0s", "1.5.5s", "3.7"})
  void unparseableOrNonPositiveDurationsAreMinusOne(String text) {
    assertThat(GoDuration.pauseSeconds(text)).isEqualTo(-1);
  }

  @Test
  void nonPositiveOrFractionalNumbersAreMinusOne() {
    assertThat(GoDuration.pauseSeconds(0)).isEqualTo(-1);
    assertThat(GoDuration.pauseSeconds(-3)).isEqualTo(-1);
    assertThat(GoDuration.pauseSeconds(1.5)).isEqualTo(-1);
    assertThat(GoDuration.pauseSeconds(true)).isEqualTo(-1);
  }

  @Test
  void parsesGoDurationsToNanos() {
    assertThat(GoDuration.parseNanos("1h2m3.5s")).hasValue(3_723_500_000_000L);
    assertThat(GoDuration.parseNanos("-1.5s")).hasValue(-1_500_000_000L);
    assertThat(GoDuration.parseNanos(".5s")).hasValue(500_000_000L);
    assertThat(GoDuration.parseNanos("1µs")).hasValue(1_000L);
    assertThat(GoDuration.parseNanos("0")).hasValue(0L);
    assertThat(GoDuration.parseNanos("1")).isEmpty();
    assertThat(GoDuration.parseNanos("99999999999h")).isEmpty();
  }
}
