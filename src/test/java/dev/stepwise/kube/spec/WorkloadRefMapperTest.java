package dev.stepwise.kube.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.RolloutSpec;
import org.junit.jupiter.api.Test;

class WorkloadRefMapperTest {
  private static RolloutSpec spec(String yaml) {
    return RolloutSpecMapper.map(Yaml.map("metadata: {name: r, namespace: ns}\n" + yaml)).spec();
  }

  @Test
  void aResolvedTemplateIsHashedAndTheReferenceKept() {
    RolloutSpec s =
        spec(
            """
            spec:
              selector: {matchLabels: {app: web}}
              templateResolvedFromRef: true
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: app, image: demo:blue}]}
              workloadRef: {apiVersion: apps/v1, kind: Deployment, name: web, scaleDown: Progressively}
              strategy: {canary: {}}
            """);
    assertThat(s.decodeErrors()).isEmpty();
    assertThat(s.workloadRef())
        .isEqualTo(new RolloutSpec.WorkloadRef("apps/v1", "Deployment", "web", "progressively"));
    assertThat(s.images()).containsEntry("app", "demo:blue");
    assertThat(s.podTemplateHash()).isNotBlank();
  }

  @Test
  void unresolvedReferencesSayWhyAsUpstreamDoes() {
    assertThat(
            spec("spec: {workloadRef: {apiVersion: v1, kind: PodTemplate, name: t}}")
                .decodeErrors())
        .containsExactly("spec.workloadRef: podtemplates \"t\" not found");
    assertThat(
            spec("spec: {workloadRef: {apiVersion: apps/v1, kind: StatefulSet, name: s}}")
                .decodeErrors())
        .containsExactly("spec.workloadRef: workload of type apps/StatefulSet is not supported");
    assertThat(
            spec("""
                    spec:
                      template: {metadata: {labels: {app: web}}}
                      workloadRef: {apiVersion: apps/v1, kind: ReplicaSet, name: rs}
                    """)
                .decodeErrors())
        .as("a template is not resolved; RolloutValidation reports it, not the mapper")
        .isEmpty();
    assertThat(
            spec("spec: {workloadRef: {apiVersion: apps/v1, kind: Deployment, name: d}}")
                .workloadRef()
                .scaleDown())
        .isEqualTo("never");
  }
}
