package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContractSmokeTest {
  @Test
  void entityIdRoundTrips() {
    RolloutKey key = new RolloutKey("ns", "ro");
    assertThat(RolloutKey.fromEntityId(key.entityId())).isEqualTo(key);
  }
}
