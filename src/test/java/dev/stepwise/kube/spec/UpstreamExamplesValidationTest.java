package dev.stepwise.kube.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.RolloutValidation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Upstream accepts every Rollout of its examples (../shared/argo/examples), so Stepwise may only
 * say of them what it does not support yet; and the plain canaries run as they are.
 */
class UpstreamExamplesValidationTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("stepwise.shared", "../shared"), "argo", "examples");

  @Test
  void upstreamExamplesHaveNoErrorButWhatIsNotSupportedYet() {
    List<Path> files = exampleFiles();
    int rollouts = 0;
    for (Path file : files) {
      for (Map<String, Object> doc : Yaml.documents(file)) {
        if ("Rollout".equals(doc.get("kind"))) {
          rollouts++;
          List<String> errors = RolloutValidation.validate(RolloutSpecMapper.map(doc).spec());
          assertThat(errors)
              .as("%s", EXAMPLES.relativize(file))
              .allSatisfy(
                  e ->
                      assertThat(e)
                          // a workloadRef cannot be resolved offline; the rest is unsupported
                          .matches(
                              ".* is not supported by Stepwise yet|spec\\.workloadRef: .* not found"));
        }
      }
    }
    assertThat(rollouts).isGreaterThan(15);
  }

  @Test
  void basicCanaryExamplesAreValid() {
    for (String file : List.of("rollout-canary.yaml", "rollout-rolling-update.yaml")) {
      Map<String, Object> doc =
          Yaml.documents(EXAMPLES.resolve(file)).stream()
              .filter(d -> "Rollout".equals(d.get("kind")))
              .findFirst()
              .orElseThrow();
      assertThat(RolloutValidation.validate(RolloutSpecMapper.map(doc).spec())).as(file).isEmpty();
    }
  }

  private static List<Path> exampleFiles() {
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".yaml") && !isHelmTemplate(f)).toList();
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
}
