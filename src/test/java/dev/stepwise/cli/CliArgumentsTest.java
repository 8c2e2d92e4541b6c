package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class CliArgumentsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private StepwiseCli cli() {
    return new StepwiseCli(new PrintWriter(out), new PrintWriter(err))
        .withClientFactory(
            options -> {
              throw new CliException("cannot reach the Kubernetes API server: test");
            });
  }

  @Test
  void missingRolloutNameIsOneLineAndExitTwo() {
    assertThat(cli().execute("promote")).isEqualTo(2);
    assertThat(err.toString().lines())
        .hasSize(1)
        .first()
        .asString()
        .startsWith("Error: Missing required parameter");
  }

  @Test
  void retryAndGetWithoutANameAreUsageErrors() {
    assertThat(cli().execute("retry")).isEqualTo(2);
    assertThat(cli().execute("retry", "rollout")).isEqualTo(2);
    assertThat(cli().execute("get")).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(3).allMatch(l -> l.startsWith("Error: "));
  }

  @Test
  void unknownOptionIsOneLine() {
    assertThat(cli().execute("abort", "--bogus", "x")).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1).first().asString().contains("--bogus");
  }

  @Test
  void setImageNeedsContainerEqualsImage() {
    assertThat(cli().execute("set", "image", "ro", "nginx")).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly("Error: expected CONTAINER=IMAGE, got \"nginx\"");
  }

  @Test
  void unreachableApiIsOneLineAndNoStackTrace() {
    assertThat(cli().execute("-n", "x", "pause", "ro")).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly("Error: cannot reach the Kubernetes API server: test");
  }

  @Test
  void versionAndHelpPrintOnOut() {
    assertThat(cli().execute("--version")).isZero();
    assertThat(out.toString()).startsWith("stepwise ");
    assertThat(cli().execute("--help")).isZero();
    assertThat(out.toString()).contains("promote", "abort", "retry", "history", "get");
  }

  @Command(name = "demo", description = "a command added by the integrator")
  static final class Demo implements Runnable {
    @picocli.CommandLine.ParentCommand StepwiseCli root;

    @Override
    public void run() {
      root.out().println("demo ran in " + root.namespace());
    }
  }

  @Test
  void integratorCanAddSubcommandsThatReachTheRoot() {
    int code = cli().addSubcommand("demo", new Demo()).execute("-n", "shop", "demo");
    assertThat(code).isZero();
    assertThat(out.toString()).isEqualTo("demo ran in shop" + System.lineSeparator());
  }
}
