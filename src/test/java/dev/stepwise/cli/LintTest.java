package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code lint} offline: upstream's examples, the project's invalid examples, and fixtures. */
class LintTest {
  private static final Path SHARED = Path.of(System.getProperty("stepwise.shared", "../shared"));
  private static final Path FIXTURES = Path.of("src/test/resources/cli/lint");

  /**
   * Files under upstream's examples that upstream's lint rejects too: Helm templates ("{{ … }}"
   * keys), a Helm chart's Chart.yaml and values.yaml (no kind), and rollout-linkerd.yaml, whose
   * AnalysisTemplate has an unquoted "{{args.linkerd-enabled}}" value (a mapping as a key).
   */
  private static final Set<String> UPSTREAM_REJECTS =
      Set.of(
          "helm-blue-green/Chart.yaml",
          "helm-blue-green/values.yaml",
          "helm-blue-green/templates/rollout.yaml",
          "helm-blue-green/templates/services.yaml",
          "traffic-management/rollout-linkerd.yaml");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int lint(Path file) {
    return new StepwiseCli(new PrintWriter(out), new PrintWriter(err))
        .withClientFactory(
            options -> {
              throw new AssertionError("lint must not need the Kubernetes API");
            })
        .execute("lint", "-f", file.toString());
  }

  static Stream<String> upstreamExamples() throws IOException {
    Path root = SHARED.resolve("argo/examples");
    try (Stream<Path> files = Files.walk(root)) {
      List<String> yaml =
          files
              .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
              .map(p -> root.relativize(p).toString())
              .sorted()
              .toList();
      assertThat(yaml).hasSizeGreaterThan(30).containsAll(UPSTREAM_REJECTS);
      return yaml.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("upstreamExamples")
  void upstreamExamplesLintAsUpstreamLintsThem(String example) {
    int exit = lint(SHARED.resolve("argo/examples").resolve(example));
    if (UPSTREAM_REJECTS.contains(example)) {
      assertThat(exit).isEqualTo(1);
      assertThat(err.toString()).startsWith("Error: ");
      return;
    }
    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).isEmpty();
    // what Stepwise cannot run yet is only a warning, and says so
    assertThat(err.toString().lines())
        .allMatch(l -> l.startsWith("Warning: rollout \""))
        .allMatch(l -> l.contains("(upstream accepts this;") || l.contains("is not in this file"));
  }

  @Test
  void unsupportedFeaturesAreWarningsThatSaySo() {
    assertThat(lint(SHARED.resolve("argo/examples/rollout-experiment-step.yaml"))).isZero();
    assertThat(err.toString().lines())
        .isNotEmpty()
        .allMatch(l -> l.contains("is not supported by Stepwise yet (upstream accepts this;"));
  }

  @Test
  void theProjectsBlueGreenExampleLintsClean() {
    assertThat(lint(Path.of("examples/bluegreen.yaml"))).as(err.toString()).isZero();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theUpstreamBlueGreenExampleLintsClean() {
    assertThat(lint(SHARED.resolve("argo/examples/rollout-bluegreen.yaml"))).isZero();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theProjectsInvalidExampleFailsWithItsStatedMessage() {
    assertThat(lint(Path.of("examples/invalid/setweight-150.yaml"))).isEqualTo(1);
    String message =
        "spec.strategy.steps[0].setWeight: Invalid value: 150: SetWeight needs to be between 0"
            + " and 100";
    assertThat(out.toString().lines()).containsExactly(message);
    assertThat(err.toString().lines()).containsExactly("Error: " + message);
  }

  @Test
  void everyInvalidExampleOfTheProjectFails() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("examples/invalid"))) {
      for (Path file : files.toList()) {
        err.getBuffer().setLength(0);
        assertThat(lint(file)).as(file.toString()).isEqualTo(1);
        // "not supported yet" warnings may come first; the error must be there
        assertThat(err.toString().lines())
            .as(file.toString())
            .anyMatch(line -> line.startsWith("Error: spec."));
      }
    }
  }

  @Test
  void unknownFieldsAreRejectedWithGosMessage() {
    assertThat(lint(FIXTURES.resolve("unknown-field.yaml"))).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines())
        .containsExactly(
            "Error: error unmarshaling JSON: while decoding JSON: json: unknown field \"stepz\"");
  }

  @Test
  void servicesInTheFileMustSelectTheRolloutsPods() {
    assertThat(lint(FIXTURES.resolve("service-labels.yaml"))).isEqualTo(1);
    String error =
        "spec.strategy.canary.canaryService: Invalid value: \"web-canary\": Service"
            + " \"web-canary\" has unmatch label \"app\" in rollout";
    assertThat(out.toString().lines()).containsExactly(error);
    assertThat(err.toString().lines())
        .contains(
            "Warning: rollout \"web\": spec.strategy.canary.stableService: Service \"web-stable\""
                + " is not in this file, so its selector was not checked")
        .last()
        .isEqualTo("Error: " + error);
  }

  @Test
  void everyFieldErrorIsPrintedAndTheFirstIsTheError() {
    assertThat(lint(FIXTURES.resolve("two-errors.yaml"))).isEqualTo(1);
    assertThat(out.toString().lines())
        .containsExactly(
            "spec.replicas: Invalid value: -1: must be greater than or equal to 0",
            "spec.strategy.steps[0].setWeight: Invalid value: 120: SetWeight needs to be between"
                + " 0 and 100");
    assertThat(err.toString().lines())
        .containsExactly(
            "Error: spec.replicas: Invalid value: -1: must be greater than or equal to 0");
  }

  @Test
  void aMissingFileIsOneLine() {
    assertThat(lint(Path.of("no/such.yaml"))).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly("Error: open no/such.yaml: no such file or directory");
  }
}
