package dev.stepwise.domain;

import java.util.List;
import java.util.Map;

/** Specs used across the domain tests. */
final class Fixtures {
  private Fixtures() {}

  /** The canary of the scenario tests: setWeight 20, pause 10s, setWeight 50, pause {}, 100. */
  static final List<Step> STEPS =
      List.of(Step.setWeight(20), Step.pause(10L), Step.setWeight(50), Step.pause(null));

  static RolloutSpec spec(String hash, Integer replicas) {
    return spec(hash, replicas, STEPS, "steps1");
  }

  static RolloutSpec spec(String hash, Integer replicas, List<Step> steps, String stepsHash) {
    return new RolloutSpec(
        replicas,
        Map.of("app", "demo"),
        false,
        Map.of("app", "demo"),
        hash,
        Map.of("demo", "nginx:" + hash),
        0,
        null,
        null,
        false,
        new RolloutSpec.CanarySpec(steps, stepsHash, null, null, List.of()),
        false,
        List.of());
  }
}
