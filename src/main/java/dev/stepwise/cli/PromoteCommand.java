package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stepwise promote NAME [--full]}: unpauses and clears pause conditions, or skips the
 * current step, or asks for full promotion, with the upstream plugin's exact patches.
 */
@Command(name = "promote", description = "Promote a rollout")
final class PromoteCommand extends CliCommand {
  @Parameters(paramLabel = "ROLLOUT_NAME")
  String name;

  @Option(
      names = "--full",
      description = "Perform a full promotion, skipping analysis, pauses, and steps")
  boolean full;

  @Override
  void run() {
    RolloutClient rollouts = rollouts();
    JsonNode rollout = rollouts.get(name);
    Promotion p = Promotion.of(rollout, full);
    String specPatch = p.specPatch();
    // status first, as upstream: on an API without the status subresource the unified patch
    // (spec and status together) replaces both
    if (p.statusPatch() != null && !rollouts.patchStatus(name, p.statusPatch(), null)) {
      specPatch = p.unifiedPatch();
    }
    if (specPatch != null) {
      rollouts.patchSpec(name, specPatch);
    }
    cli().out().printf(full ? "rollout '%s' fully promoted%n" : "rollout '%s' promoted%n", name);
  }
}
