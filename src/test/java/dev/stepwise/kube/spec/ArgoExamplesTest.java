package dev.stepwise.kube.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Maps every Rollout in the upstream examples (read from ../shared/argo/examples at test time). */
class ArgoExamplesTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("stepwise.shared", "../shared"), "argo", "examples");

  @Test
  void everyExampleRolloutMapsWithoutThrowing() {
    List<Map<String, Object>> rollouts = allRollouts();
    assertThat(rollouts).hasSizeGreaterThan(15);
    for (Map<String, Object> raw : rollouts) {
      MappedRollout ro = RolloutSpecMapper.map(raw);
      assertThat(ro.name()).isNotBlank();
      assertThat(ro.spec().podTemplateHash()).matches("[bcdfghjklmnpqrstvwxz2456789]+");
      assertThat(ro.spec().canary() != null || ro.spec().blueGreen())
          .as("strategy of %s", ro.name())
          .isTrue();
      // Every example decodes, except a workloadRef that cannot be resolved offline; what
      // Stepwise does not support yet is left to validation.
      assertThat(ro.spec().decodeErrors())
          .as(ro.name())
          .allSatisfy(e -> assertThat(e).startsWith("spec.workloadRef: "));
    }
  }

  @Test
  void rolloutCanaryHasTheExpectedPlan() {
    MappedRollout ro = only("rollout-canary.yaml");
    assertThat(ro.name()).isEqualTo("rollout-canary");
    assertThat(ro.spec().replicas()).isEqualTo(5);
    assertThat(ro.spec().revisionHistoryLimit()).isEqualTo(2);
    assertThat(ro.spec().images())
        .containsExactly(Map.entry("rollouts-demo", "argoproj/rollouts-demo:blue"));
    assertThat(ro.spec().canary().steps())
        .containsExactly(
            Step.setWeight(20),
            Step.pause(null),
            Step.setWeight(40),
            Step.pause(40L),
            Step.setWeight(60),
            Step.pause(20L),
            Step.setWeight(80),
            Step.pause(20L));
    assertThat(ro.spec().canary().unsupportedFields()).isEmpty();
    assertThat(ro.spec().decodeErrors()).isEmpty();
  }

  @Test
  void unsupportedFeaturesOfTheExamplesAreReportedNotDropped() {
    assertThat(only("rollout-bluegreen.yaml").spec().blueGreen()).isTrue();
    assertThat(only("rollout-analysis-step.yaml").spec().canary().steps())
        .anySatisfy(s -> assertThat(s.kind()).isEqualTo(Step.Kind.ANALYSIS));
    assertThat(only("rollout-experiment-step.yaml").spec().canary().steps())
        .contains(Step.unsupported("experiment"));
    assertThat(only("istio/istio-subset-split.yaml").spec().canary().unsupportedFields())
        .contains("trafficRouting");
    // setCanaryScale beside setHeaderRoute is one step upstream accepts
    assertThat(only("apisix/rollout.yaml").spec().canary().steps().get(0))
        .isEqualTo(Step.unsupported("setCanaryScale"));
    assertThat(only("workload-ref/workload-ref.yaml").spec().workloadRef().kind())
        .isEqualTo("Deployment");
  }

  private static MappedRollout only(String file) {
    List<Map<String, Object>> docs =
        Yaml.documents(EXAMPLES.resolve(file)).stream()
            .filter(ArgoExamplesTest::isRollout)
            .toList();
    assertThat(docs).as(file).hasSize(1);
    return RolloutSpecMapper.map(docs.get(0));
  }

  private static List<Map<String, Object>> allRollouts() {
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      return files
          .filter(f -> f.toString().endsWith(".yaml") && !isHelmTemplate(f))
          .flatMap(f -> Yaml.documents(f).stream())
          .filter(ArgoExamplesTest::isRollout)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isHelmTemplate(Path file) {
    try {
      return Files.readString(file).contains("{{");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isRollout(Map<String, Object> doc) {
    return "Rollout".equals(doc.get("kind"));
  }
}
