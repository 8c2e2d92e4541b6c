package dev.stepwise.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestPathTest {
  @Test
  void dropsKubectlBookkeepingParametersButKeepsSelectors() {
    RequestPath p =
        RequestPath.parse(
            "/api/v1/namespaces/default/pods?fieldManager=kubectl-client-side-apply"
                + "&fieldValidation=Strict&labelSelector=app%3Dweb&timeout=32s");

    assertThat(p.path()).isEqualTo("/api/v1/namespaces/default/pods");
    assertThat(p.query()).containsEntry("labelSelector", "app=web");
    assertThat(p.forMock()).isEqualTo("/api/v1/namespaces/default/pods?labelSelector=app%3Dweb");
  }

  @Test
  void plainPathStaysAsItIs() {
    assertThat(RequestPath.parse("/apis/apps/v1").forMock()).isEqualTo("/apis/apps/v1");
    assertThat(RequestPath.parse("/apis/apps/v1").segments()).containsExactly("apis", "apps", "v1");
  }

  @Test
  void recognisesOnlyNamespacedScalePaths() {
    assertThat(
            ScaleSubresource.isScalePath(
                RequestPath.parse("/apis/argoproj.io/v1alpha1/namespaces/d/rollouts/r/scale")))
        .isTrue();
    assertThat(
            ScaleSubresource.isScalePath(
                RequestPath.parse("/apis/argoproj.io/v1alpha1/namespaces/d/rollouts/r/status")))
        .isFalse();
  }
}
