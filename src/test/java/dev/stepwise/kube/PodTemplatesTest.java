package dev.stepwise.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.RolloutStatusView;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PodTemplatesTest {
  private static PodTemplateSpec template() {
    return new PodTemplateSpecBuilder()
        .withNewMetadata()
        .withLabels(Map.of("app", "web"))
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("app")
        .withImage("demo:blue")
        .endContainer()
        .endSpec()
        .build();
  }

  @Test
  void metadataIsAddedToTheTemplateAndRecordedAsGoWouldWriteIt() {
    PodTemplateSpec t = template();
    PodMetadata md = new PodMetadata(Map.of("role", "canary", "a", "1"), Map.of("note", "x"));
    PodTemplates.injectMetadata(t, md);
    assertThat(t.getMetadata().getLabels())
        .containsEntry("app", "web")
        .containsEntry("role", "canary");
    assertThat(t.getMetadata().getAnnotations()).containsEntry("note", "x");
    assertThat(md.toJson())
        .isEqualTo(
            "{\"labels\":{\"a\":\"1\",\"role\":\"canary\"},\"annotations\":{\"note\":\"x\"}}");
    assertThat(new PodMetadata(Map.of(), Map.of("k", "v")).toJson())
        .isEqualTo("{\"annotations\":{\"k\":\"v\"}}");
  }

  @Test
  void syncRemovesOnlyWhatWasInjectedBefore() {
    Map<String, String> live = Map.of("app", "web", "role", "canary", "mine", "keep");
    Map<String, String> patch =
        PodTemplates.sync(live, Map.of("role", "canary", "gone", "x"), Map.of("tier", "stable"));
    Map<String, String> expected = new HashMap<>();
    expected.put("role", null);
    expected.put("tier", "stable");
    assertThat(patch).isEqualTo(expected);
    assertThat(PodTemplates.sync(Map.of("tier", "stable"), null, Map.of("tier", "stable")))
        .isEmpty();
  }

  @Test
  void antiAffinityGoesOnlyOntoANonStableReplicaSetWhileAStableExists() {
    var preferred = new PodTemplates.AntiAffinity(30);
    PodTemplateSpec first = template();
    PodTemplates.injectAntiAffinity(first, preferred, null, "h1", "ns");
    assertThat(first.getSpec().getAffinity()).isNull();
    PodTemplateSpec stable = template();
    PodTemplates.injectAntiAffinity(stable, preferred, "h1", "h1", "ns");
    assertThat(stable.getSpec().getAffinity()).isNull();

    PodTemplateSpec canary = template();
    PodTemplates.injectAntiAffinity(canary, preferred, "h1", "h2", "ns");
    var weighted =
        canary
            .getSpec()
            .getAffinity()
            .getPodAntiAffinity()
            .getPreferredDuringSchedulingIgnoredDuringExecution();
    assertThat(weighted).singleElement().satisfies(w -> assertThat(w.getWeight()).isEqualTo(30));
    assertThat(weighted.get(0).getPodAffinityTerm())
        .isEqualTo(PodTemplates.antiAffinityTerm("h1", "ns"));

    PodTemplateSpec required = template();
    PodTemplates.injectAntiAffinity(
        required, new PodTemplates.AntiAffinity(null), "h1", "h2", "ns");
    assertThat(
            required
                .getSpec()
                .getAffinity()
                .getPodAntiAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution())
        .containsExactly(PodTemplates.antiAffinityTerm("h1", "ns"));
  }

  @Test
  void aStaleInjectedTermIsRepointedAtTheNewStable() {
    var required = new PodTemplates.AntiAffinity(null);
    PodTemplateSpec t = template();
    PodTemplates.injectAntiAffinity(t, required, "h1", "h3", "ns");
    var affinity = t.getSpec().getAffinity();
    assertThat(PodTemplates.repointed(affinity, required, "h1", "h3")).isEmpty();
    assertThat(PodTemplates.repointed(affinity, required, "h2", "h2")).isEmpty();
    var moved = PodTemplates.repointed(affinity, required, "h2", "h3");
    assertThat(moved).isPresent();
    assertThat(
            moved
                .get()
                .getPodAntiAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution()
                .get(0)
                .getLabelSelector()
                .getMatchExpressions()
                .get(0)
                .getValues())
        .containsExactly("h2");
  }

  @Test
  void antiAffinityIsReadFromTheCanaryStrategy() {
    assertThat(
            PodTemplates.AntiAffinity.of(
                Map.of("preferredDuringSchedulingIgnoredDuringExecution", Map.of("weight", 5))))
        .contains(new PodTemplates.AntiAffinity(5));
    assertThat(
            PodTemplates.AntiAffinity.of(
                Map.of("requiredDuringSchedulingIgnoredDuringExecution", Map.of())))
        .contains(new PodTemplates.AntiAffinity(null));
    assertThat(PodTemplates.AntiAffinity.of(Map.of())).isEmpty();
    assertThat(PodTemplates.AntiAffinity.of(null)).isEmpty();
  }

  @Test
  void theDeploymentIsScaledDownAsScaleDownSays() {
    RolloutStatusView progressing = status("Progressing", 2);
    RolloutStatusView healthy = status("Healthy", 5);
    assertThat(WorkloadSync.target("never", healthy, 5)).isEmpty();
    assertThat(WorkloadSync.target("onsuccess", progressing, 5)).isEmpty();
    assertThat(WorkloadSync.target("OnSuccess", healthy, 5)).contains(0);
    assertThat(WorkloadSync.target("progressively", progressing, 5)).contains(3);
    assertThat(WorkloadSync.target("progressively", healthy, 5)).isEqualTo(Optional.of(0));
  }

  private static RolloutStatusView status(String phase, int ready) {
    return new RolloutStatusView(
        phase, null, "1", "h", "h", null, null, List.of(), false, false, null, false, 5, 5, ready,
        ready, 5, "app=web", List.of());
  }
}
