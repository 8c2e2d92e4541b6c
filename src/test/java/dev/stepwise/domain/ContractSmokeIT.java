package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContractSmokeIT {
  @Test
  void keyHasNamespace() {
    assertThat(new RolloutKey("ns", "ro").namespace()).isEqualTo("ns");
  }
}
