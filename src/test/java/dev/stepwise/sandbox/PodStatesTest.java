package dev.stepwise.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PodStatesTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void podNamesFollowTheReplicaSetControllerPattern() {
    Random random = new Random(7);
    assertThat(PodStates.podName("web-6c9f", random)).matches("web-6c9f-[a-z0-9]{5}");
    assertThat(PodStates.podName("web-6c9f", random))
        .isNotEqualTo(PodStates.podName("web-6c9f", random));
  }

  @Test
  void scaleDownRemovesNotReadyFirstThenNewest() {
    Pod oldReady = pod("old-ready", T0, "nginx");
    Pod newReady = pod("new-ready", T0.plusSeconds(10), "nginx");
    Pod notReady = pod("not-ready", T0, "nginx");
    started(oldReady, T0.plusSeconds(1));
    started(newReady, T0.plusSeconds(11));

    assertThat(PodStates.surplus(List.of(oldReady, newReady, notReady), 2))
        .extracting(p -> p.getMetadata().getName())
        .containsExactly("not-ready", "new-ready");
  }

  @Test
  void badImageStartsButNeverGetsReady() {
    Pod bad = pod("b", T0, "registry/app:bad-1");
    started(bad, T0.plusSeconds(1));

    assertThat(bad.getStatus().getPhase()).isEqualTo("Running");
    assertThat(PodStates.isReady(bad)).isFalse();
    assertThat(bad.getStatus().getContainerStatuses().get(0).getState().getWaiting().getReason())
        .isEqualTo("CrashLoopBackOff");
  }

  @Test
  void statusCountsHonourMinReadySecondsAndTemplateLabels() {
    ReplicaSet rs = SandboxFixtures.replicaSet("web", 3, "nginx", 10);
    rs.getMetadata().setGeneration(4L);
    Pod longReady = pod("a", T0, "nginx");
    Pod justReady = pod("b", T0, "nginx");
    Pod relabelled = pod("c", T0, "nginx");
    relabelled.getMetadata().getLabels().put("app", "other");
    started(longReady, T0);
    started(justReady, T0.plusSeconds(25));

    PodStates.Counts counts =
        PodStates.Counts.of(rs, List.of(longReady, justReady, relabelled), T0.plusSeconds(30));

    assertThat(counts).isEqualTo(new PodStates.Counts(3, 2, 2, 1, 4));
    assertThat(counts.statusPatch())
        .contains("\"availableReplicas\":1", "\"observedGeneration\":4");
    assertThat(PodStates.untilAvailable(justReady, 10, T0.plusSeconds(30)))
        .hasValue(java.time.Duration.ofSeconds(5));
  }

  private static Pod pod(String name, Instant created, String image) {
    return new PodBuilder()
        .withNewMetadata()
        .withName(name)
        .withCreationTimestamp(created.toString())
        .addToLabels("app", "web")
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("app")
        .withImage(image)
        .endContainer()
        .endSpec()
        .build();
  }

  private static void started(Pod pod, Instant at) {
    pod.setStatus(Kubelet.started(pod, at));
  }
}
