package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HumanDurationTest {
  @Test
  void agesReadLikeKubectl() {
    assertThat(HumanDuration.format(Duration.ofSeconds(45))).isEqualTo("45s");
    assertThat(HumanDuration.format(Duration.ofSeconds(119))).isEqualTo("119s");
    assertThat(HumanDuration.format(Duration.ofSeconds(200))).isEqualTo("3m20s");
    assertThat(HumanDuration.format(Duration.ofMinutes(5))).isEqualTo("5m");
    assertThat(HumanDuration.format(Duration.ofMinutes(90))).isEqualTo("90m");
    assertThat(HumanDuration.format(Duration.ofMinutes(200))).isEqualTo("3h20m");
    assertThat(HumanDuration.format(Duration.ofHours(30))).isEqualTo("30h");
    assertThat(HumanDuration.format(Duration.ofHours(75))).isEqualTo("3d3h");
    assertThat(HumanDuration.format(Duration.ofDays(30))).isEqualTo("30d");
    assertThat(HumanDuration.format(Duration.ofSeconds(-5))).isEqualTo("<invalid>");
  }

  @Test
  void exactDurationsKeepEverySecond() {
    assertThat(HumanDuration.exact(Duration.ofSeconds(3723))).isEqualTo("1h2m3s");
    assertThat(HumanDuration.exact(Duration.ofSeconds(300))).isEqualTo("5m0s");
    assertThat(HumanDuration.exact(Duration.ofSeconds(9))).isEqualTo("9s");
  }
}
