package dev.stepwise.analysis;

import dev.stepwise.analysis.http.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Builds MeasurementRequests for provider tests. */
public final class Measurements {
  public static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  public static final String CONTROLLER_NS = "argo-rollouts";

  private final Map<String, Map<String, String>> secrets = new HashMap<>();

  public Measurements secret(String namespace, String name, Map<String, String> data) {
    secrets.put(namespace + "/" + name, data);
    return this;
  }

  /** A request whose config is the given JSON (the provider object). */
  @SuppressWarnings("unchecked")
  public MeasurementRequest request(String configJson) {
    Map<String, Object> config = (Map<String, Object>) Json.parse(configJson).orElseThrow().value();
    return new MeasurementRequest(
        "default",
        "run-1",
        "6b1a6e3c-2d3f-4c55-9c1e-0a2b3c4d5e6f",
        "success-rate",
        1,
        config,
        Duration.ofMinutes(5),
        NOW.minusSeconds(600),
        NOW,
        (ns, name) -> Optional.ofNullable(secrets.get(ns + "/" + name)),
        CONTROLLER_NS);
  }
}
