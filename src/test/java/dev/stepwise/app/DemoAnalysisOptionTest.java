package dev.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.cli.StepwiseCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo --analysis} says plainly that it cannot run in this build, and starts nothing. */
class DemoAnalysisOptionTest {
  @TempDir Path dir;

  @Test
  void demoAnalysisFailsWithAClearMessageUntilTheRuntimeIsThere() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new StepwiseCli(new PrintWriter(out), new PrintWriter(err))
            .addSubcommand("demo", new DemoCommand())
            .execute("demo", "--analysis", "--dir", dir.resolve("demo").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("demo --analysis is not available yet");
    assertThat(out.toString()).doesNotContain("Starting the sandbox");
  }
}
