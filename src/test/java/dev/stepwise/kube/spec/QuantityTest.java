package dev.stepwise.kube.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {
  @ParameterizedTest
  @CsvSource({
    "0.5, 500m",
    "1000m, 1",
    "1Gi, 1Gi",
    "1024Mi, 1Gi",
    "1536Mi, 1536Mi",
    "1.5Gi, 1536Mi",
    "100m, 100m",
    "5m, 5m",
    "16Mi, 16Mi",
    "1000, 1k",
    "1500, 1500",
    "1.5, 1500m",
    "0, 0",
    "0Mi, 0",
    "0.5Ki, 512",
    "2048, 2048",
    "1e3, 1e3",
    "1.5e3, 1500",
    "1M, 1M",
    "1000k, 1M",
    "0.1n, 1n",
    "-100m, -100m",
    "12e6, 12e6",
    "10G, 10G",
    "2Ti, 2Ti",
  })
  void canonicalisesLikeKubernetes(String input, String expected) {
    assertThat(Quantity.canonical(input)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"invalid", "", "1x", "Mi", "1.2.3", "1 Gi"})
  void rejectsNonQuantities(String input) {
    assertThat(Quantity.canonical(input)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void acceptsJsonNumbers() {
    assertThat(Quantity.canonical(0.5)).contains("500m");
    assertThat(Quantity.canonical(2)).contains("2");
  }
}
