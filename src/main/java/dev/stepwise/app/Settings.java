package dev.stepwise.app;

import com.typesafe.config.Config;
import java.time.Duration;

/**
 * The controller's settings, read once at start-up from the {@code stepwise.controller} block
 * (defaults and comments in reference.conf).
 *
 * @param namespace the only namespace to watch, or null for all namespaces
 * @param resync informer resync period: every rollout is re-observed this often
 * @param actuatorThreads threads that make blocking API calls for the entities
 * @param freezeThreshold a longer gap in the process's own ticking means it was frozen
 * @param freezeHold how long a node that was frozen holds all writes (FreezeFence)
 */
public record Settings(
    String namespace,
    Duration resync,
    int actuatorThreads,
    Duration freezeThreshold,
    Duration freezeHold) {

  public static Settings from(Config config) {
    Config c = config.getConfig("stepwise.controller");
    String ns = c.getString("namespace");
    return new Settings(
        ns.isBlank() ? null : ns,
        c.getDuration("resync"),
        c.getInt("actuator-threads"),
        c.getDuration("freeze-threshold"),
        c.getDuration("freeze-hold"));
  }
}
