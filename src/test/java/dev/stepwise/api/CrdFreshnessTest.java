package dev.stepwise.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.api.fixtures.Crds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CRDs checked in under deploy/crds are exactly what the generator makes from our classes. */
class CrdFreshnessTest {
  private static final Path CHECKED_IN = Path.of("deploy", "crds");
  private static final String HOW_TO_REFRESH =
      "deploy/crds is stale; refresh it with: mvn -B -o process-classes && "
          + "cp target/classes/META-INF/fabric8/*argoproj.io-v1.yml deploy/crds/";

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "rollouts",
        "analysistemplates",
        "clusteranalysistemplates",
        "analysisruns",
        "experiments"
      })
  void checkedInCrdMatchesTheGeneratedOne(String plural) throws IOException {
    String resource = Crds.generatedResource(plural);
    Path checkedIn = CHECKED_IN.resolve(Path.of(resource).getFileName());

    assertThat(checkedIn).as(HOW_TO_REFRESH).exists();
    assertThat(normalise(Files.readString(checkedIn)))
        .as(HOW_TO_REFRESH)
        .isEqualTo(normalise(generated(resource)));
  }

  @Test
  void nothingElseIsCheckedIn() throws IOException {
    try (Stream<Path> files = Files.list(CHECKED_IN)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("only generated CRDs belong in deploy/crds; " + HOW_TO_REFRESH)
          .allMatch(name -> name.endsWith(".argoproj.io-v1.yml"))
          .hasSize(5);
    }
  }

  private static String generated(String resource) throws IOException {
    try (InputStream in = CrdFreshnessTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource + " was not generated; run mvn process-classes").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String normalise(String text) {
    return text.replace("\r\n", "\n").strip();
  }
}
