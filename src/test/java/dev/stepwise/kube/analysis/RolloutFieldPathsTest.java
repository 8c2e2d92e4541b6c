package dev.stepwise.kube.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.api.ApiTypes;
import dev.stepwise.api.rollout.Rollout;
import dev.stepwise.domain.analysis.ArgSpec;
import dev.stepwise.domain.analysis.Templates;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Rollout-side {@code valueFrom.fieldRef} arguments. */
class RolloutFieldPathsTest {
  private static final String ROLLOUT =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Rollout
      metadata:
        name: guestbook
        namespace: prod
        labels: {app: guestbook}
        annotations: {rollout.argoproj.io/revision: "3"}
      spec:
        replicas: 4
        selector: {matchLabels: {app: guestbook}}
        template:
          metadata: {labels: {app: guestbook}}
          spec:
            containers:
            - name: web
              image: nginx:1.25
      """;

  @Test
  void metadataAndSpecPaths() {
    Rollout r = (Rollout) ApiTypes.serialization().unmarshal(ROLLOUT);
    UnaryOperator<String> at = RolloutFieldPaths.of(r);
    assertThat(at.apply("metadata.name")).isEqualTo("guestbook");
    assertThat(at.apply("metadata.labels['app']")).isEqualTo("guestbook");
    assertThat(at.apply("metadata.annotations['rollout.argoproj.io/revision']")).isEqualTo("3");
    assertThat(at.apply("metadata.labels['missing']")).isEmpty();
    assertThat(at.apply("spec.template.spec.containers[0].image")).isEqualTo("nginx:1.25");
    assertThat(at.apply("spec.replicas")).isEqualTo("4");
    assertThatThrownBy(() -> at.apply("metadata.generateName"))
        .hasMessage("unsupported fieldPath: metadata.generateName");
    assertThatThrownBy(() -> at.apply("spec.template.spec.containers[3].image"))
        .hasMessage("index 3 out of range");
    assertThatThrownBy(() -> at.apply("spec.nothing"))
        .hasMessage("invalid path spec.nothing in rollout");

    List<ArgSpec> args =
        Templates.resolveFieldRefs(
            List.of(
                ArgSpec.field("image", "spec.template.spec.containers[0].image"),
                ArgSpec.of("x", "1")),
            at);
    assertThat(args).containsExactly(ArgSpec.of("image", "nginx:1.25"), ArgSpec.of("x", "1"));
  }
}
