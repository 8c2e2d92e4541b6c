package dev.stepwise.domain;

import java.time.Instant;
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

  static SpecBuilder specOf(String hash, int replicas) {
    return new SpecBuilder(hash, replicas);
  }

  /** A spec with the fields the scenario needs, everything else as {@link #spec}. */
  static final class SpecBuilder {
    final String hash;
    final int replicas;
    List<Step> steps = STEPS;
    String stepsHash = "steps1";
    IntOrPercent maxSurge;
    IntOrPercent maxUnavailable;
    Integer progressDeadlineSeconds;
    boolean progressDeadlineAbort;
    Instant restartAt;
    Integer rollbackWindowRevisions;
    Integer revisionHistoryLimit;
    boolean paused;

    SpecBuilder(String hash, int replicas) {
      this.hash = hash;
      this.replicas = replicas;
    }

    SpecBuilder steps(String stepsHash, Step... steps) {
      this.steps = List.of(steps);
      this.stepsHash = stepsHash;
      return this;
    }

    SpecBuilder surge(int surge, int unavailable) {
      maxSurge = new IntOrPercent(surge, false);
      maxUnavailable = new IntOrPercent(unavailable, false);
      return this;
    }

    SpecBuilder deadline(Integer seconds, boolean abort) {
      progressDeadlineSeconds = seconds;
      progressDeadlineAbort = abort;
      return this;
    }

    SpecBuilder restartAt(Instant at) {
      restartAt = at;
      return this;
    }

    SpecBuilder rollbackWindow(Integer revisions) {
      rollbackWindowRevisions = revisions;
      return this;
    }

    SpecBuilder historyLimit(Integer limit) {
      revisionHistoryLimit = limit;
      return this;
    }

    SpecBuilder paused(boolean p) {
      paused = p;
      return this;
    }

    RolloutSpec build() {
      return new RolloutSpec(
          replicas,
          Map.of("app", "demo"),
          false,
          Map.of("app", "demo"),
          hash,
          Map.of("demo", "nginx:" + hash),
          0,
          progressDeadlineSeconds,
          revisionHistoryLimit,
          paused,
          new RolloutSpec.CanarySpec(steps, stepsHash, maxSurge, maxUnavailable, List.of()),
          false,
          List.of(),
          progressDeadlineAbort,
          restartAt,
          rollbackWindowRevisions,
          null);
    }
  }
}
