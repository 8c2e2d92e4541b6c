package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PodTemplateHashTest {
  private static final String VECTOR_1 =
      "{\"metadata\":{\"labels\":{\"app\":\"canary-scaledowndelay\"}},\"spec\":{\"containers\":"
          + "[{\"name\":\"canary-scaledowndelay\",\"image\":\"nginx:1.19-alpine\",\"ports\":"
          + "[{\"name\":\"http\",\"containerPort\":80,\"protocol\":\"TCP\"}],\"resources\":"
          + "{\"requests\":{\"cpu\":\"5m\",\"memory\":\"16Mi\"}}}]}}";
  private static final String VECTOR_2 =
      "{\"metadata\":{\"labels\":{\"app\":\"dynamic-stable-scale\"}},\"spec\":{\"containers\":"
          + "[{\"name\":\"dynamic-stable-scale\",\"image\":\"nginx:1.19-alpine\",\"ports\":"
          + "[{\"name\":\"http\",\"containerPort\":80,\"protocol\":\"TCP\"}],\"resources\":"
          + "{\"requests\":{\"cpu\":\"5m\",\"memory\":\"16Mi\"}}}],\"readinessGates\":"
          + "[{\"conditionType\":\"argoproj.io/e2e-readiness\"}]}}";

  @Test
  void matchesTheUpstreamE2eLiterals() {
    assertThat(PodTemplateHash.of(VECTOR_1, null)).isEqualTo("674d8cf959");
    assertThat(PodTemplateHash.of(VECTOR_2, null)).isEqualTo("6b56c8cdb4");
  }

  @Test
  void aCollisionCountChangesTheHash() {
    assertThat(PodTemplateHash.of(VECTOR_1, 1)).isNotEqualTo(PodTemplateHash.of(VECTOR_1, null));
    assertThat(PodTemplateHash.of(VECTOR_1, 1)).matches("[bcdfghjklmnpqrstvwxz2456789]+");
  }
}
