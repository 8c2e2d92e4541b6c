package dev.stepwise.cli;

import dev.stepwise.domain.RolloutKey;
import dev.stepwise.entity.JournalReader;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stepwise history NAME [--output text|json]}: the rollout's timeline from the journal. It
 * reads the journal directly, so it works with the controller stopped and after the Rollout was
 * deleted.
 */
@Command(name = "history", description = "Show a rollout's timeline from the controller's journal")
final class HistoryCommand extends CliCommand {
  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Parameters(paramLabel = "ROLLOUT_NAME")
  String name;

  @Option(
      names = {"-o", "--output"},
      description = "text (default) or json",
      defaultValue = "text")
  Format output;

  @Override
  void run() {
    RolloutKey key = new RolloutKey(cli().namespace(), name);
    List<JournalReader.Entry> entries;
    try (JournalReader journal = cli().openJournal()) {
      entries = journal.events(key);
    }
    if (entries.isEmpty()) {
      throw new CliException(
          "no history for rollout \"" + name + "\" in namespace \"" + key.namespace() + "\"");
    }
    History history = HistoryBuilder.build(key, entries);
    switch (output) {
      case text -> HistoryPrinter.text(history, cli().out());
      case json -> HistoryPrinter.json(history, cli().out());
    }
  }
}
