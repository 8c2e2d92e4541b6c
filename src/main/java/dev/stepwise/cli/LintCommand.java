package dev.stepwise.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stepwise lint -f FILE}: lints the Rollouts in a file offline, as upstream's {@code lint}
 * does (field errors on stdout, the first one again as the error, exit 1), plus warnings on stderr
 * for what upstream accepts but Stepwise does not support yet.
 */
@Command(
    name = "lint",
    description = "Lint and validate a Rollout",
    footer = "This command lints and validates a new Rollout resource from a file.")
final class LintCommand extends CliCommand {
  @Option(
      names = {"-f", "--filename"},
      required = true,
      paramLabel = "FILE",
      description = "File to lint")
  Path file;

  @Override
  void run() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CliException("open " + file + ": no such file or directory");
    } catch (IOException e) {
      throw new CliException("open " + file + ": " + e.getMessage());
    }
    LintReport report = Linter.lint(text, StrictSchema.rollout());
    for (String warning : report.warnings()) {
      cli().err().println("Warning: " + warning);
    }
    report.errors().forEach(cli().out()::println);
    if (!report.errors().isEmpty()) {
      throw new CliException(report.errors().get(0));
    }
  }
}
