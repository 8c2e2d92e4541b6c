package dev.stepwise.app;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import dev.stepwise.entity.StepwiseSystem;

/** Loads the configuration with command-line overrides layered on top (STACK.md pitfall 8). */
final class Configs {
  private Configs() {}

  static Config load(String dataDir) {
    Config overrides = ConfigFactory.empty();
    if (dataDir != null && !dataDir.isBlank()) {
      overrides =
          overrides.withValue(
              "stepwise.data-dir",
              ConfigValueFactory.fromAnyRef(
                  java.nio.file.Path.of(dataDir).toAbsolutePath().toString()));
    }
    String seeds = System.getenv("STEPWISE_SEED_NODES");
    if (seeds != null && !seeds.isBlank()) {
      // HOCON cannot split an environment variable into a list
      overrides =
          overrides.withValue(
              "stepwise.cluster.seed-nodes",
              ConfigValueFactory.fromIterable(
                  java.util.Arrays.stream(seeds.split(","))
                      .map(String::strip)
                      .filter(a -> !a.isEmpty())
                      .toList()));
    }
    return StepwiseSystem.loadConfig(overrides);
  }
}
