package dev.stepwise.kube.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.RolloutValidation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each examples/invalid fixture gets the InvalidSpec message its "# Reports:" comment promises. */
class InvalidExamplesTest {
  private static final Path INVALID = Path.of("examples", "invalid");
  private static final String REPORTS = "# Reports: ";

  @Test
  void everyFixtureReportsWhatItsCommentPromises() throws IOException {
    List<Path> fixtures = fixtures();
    assertThat(fixtures).hasSizeGreaterThanOrEqualTo(8);
    for (Path fixture : fixtures) {
      String promised =
          Files.readAllLines(fixture).stream()
              .filter(line -> line.startsWith(REPORTS))
              .map(line -> line.substring(REPORTS.length()))
              .findFirst()
              .orElseThrow(() -> new AssertionError(fixture + " has no " + REPORTS + "line"));
      MappedRollout ro = RolloutSpecMapper.map(Yaml.documents(fixture).get(0));
      assertThat(RolloutValidation.invalidSpecMessage(ro.name(), ro.spec()))
          .as("%s", fixture)
          .isEqualTo(promised);
    }
  }

  private static List<Path> fixtures() {
    try (Stream<Path> files = Files.list(INVALID)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
