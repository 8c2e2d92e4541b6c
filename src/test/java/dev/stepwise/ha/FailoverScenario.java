package dev.stepwise.ha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.entity.JournalReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;

/**
 * The fleet's update with a disruption in the middle: every rollout waits at its first pause
 * (indefinite or timed) when {@code disrupt} runs; right after it, a user promotes the indefinite
 * ones. Checks that every rollout then finishes as an undisturbed one would: the same steps once
 * each, the timed pauses ending at their original deadline, each ReplicaSet created once.
 */
final class FailoverScenario {
  /** Slack on a timed pause's deadline for a rollout that had to move to another node. */
  static final Duration DEADLINE_SLACK = Duration.ofSeconds(15);

  private static final Duration PATIENCE = Duration.ofSeconds(120);

  /**
   * @param hostsBefore entity id → node, just before the disruption
   * @param actedAgain indefinite rollout → time from the disruption to its first step after the
   *     promote
   * @param lateness timed rollout → how long after its deadline its pause ended
   */
  record Outcome(
      Map<String, String> hostsBefore,
      Map<String, Duration> actedAgain,
      Map<String, Duration> lateness) {

    /** The longest kill→acting-again time among the rollouts hosted on {@code node}. */
    Duration recoveryOf(String node) {
      return actedAgain.entrySet().stream()
          .filter(e -> node.equals(hostsBefore.get(Fleet.NS + "/" + e.getKey())))
          .map(Map.Entry::getValue)
          .max(Duration::compareTo)
          .orElse(Duration.ZERO);
    }

    Duration slowest() {
      return actedAgain.values().stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }
  }

  private final HaHarness h;
  private final Fleet fleet;
  private final Map<String, String> stableHash = new HashMap<>();

  FailoverScenario(HaHarness h, Fleet fleet) {
    this.h = h;
    this.fleet = fleet;
  }

  /** Creates the fleet and waits until all are Healthy on their first revision. */
  void createHealthy() {
    fleet.create();
    for (String name : fleet.names) {
      await(name + " Healthy")
          .atMost(PATIENCE)
          .ignoreExceptions()
          .pollInterval(Duration.ofMillis(100))
          .until(
              () -> {
                var s = fleet.status(name);
                return s.get("stableRS") instanceof String hash && Fleet.healthyOn(s, hash);
              });
      stableHash.put(name, (String) fleet.status(name).get("stableRS"));
    }
  }

  /** Updates every rollout and waits until each one waits at its first pause. */
  void updateToFirstPause(String image) {
    for (String name : fleet.names) {
      stableHash.put(name, (String) fleet.status(name).get("stableRS"));
    }
    fleet.names.forEach(n -> fleet.updateImage(n, image));
    for (String name : fleet.names) {
      try {
        await(name + " at its first pause")
            .atMost(PATIENCE)
            .ignoreExceptions()
            .pollInterval(Duration.ofMillis(100))
            .until(
                () -> {
                  var s = fleet.status(name);
                  return Fleet.stepIndex(s) == 1 && Fleet.paused(s);
                });
      } catch (org.awaitility.core.ConditionTimeoutException e) {
        throw new AssertionError(
            e.getMessage()
                + "; status "
                + fleet.status(name)
                + "; hosted on "
                + h.hosts().get(Fleet.NS + "/" + name),
            e);
      }
    }
  }

  /** Runs {@code disrupt}, promotes the indefinite rollouts, follows all to the end. */
  Outcome disruptAndFinish(Runnable disrupt) {
    return disruptAndFinish(disrupt, () -> {});
  }

  /**
   * As {@link #disruptAndFinish(Runnable)}, running {@code afterPromote} right after the promote.
   */
  Outcome disruptAndFinish(Runnable disrupt, Runnable afterPromote) {
    Map<String, String> hostsBefore = h.hosts();
    Instant t0 = Instant.now();
    disrupt.run();
    fleet.indefiniteOnes().forEach(name -> retrying(() -> fleet.promote(name)));
    afterPromote.run();
    Map<String, Duration> actedAgain = new TreeMap<>();
    await("every promoted rollout moves on")
        .atMost(PATIENCE)
        .ignoreExceptions()
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              for (String name : fleet.indefiniteOnes()) {
                if (!actedAgain.containsKey(name) && Fleet.stepIndex(fleet.status(name)) >= 2) {
                  actedAgain.put(name, Duration.between(t0, Instant.now()));
                }
              }
              return actedAgain.size() == fleet.indefiniteOnes().size();
            });
    for (String name : fleet.timedOnes()) {
      await(name + " past its timed pause")
          .atMost(PATIENCE)
          .ignoreExceptions()
          .pollInterval(Duration.ofMillis(100))
          .until(
              () -> {
                var s = fleet.status(name);
                return Fleet.stepIndex(s) == 3 && Fleet.paused(s);
              });
      retrying(() -> fleet.promote(name));
    }
    for (String name : fleet.names) {
      await(name + " Healthy on the new revision")
          .atMost(PATIENCE)
          .ignoreExceptions()
          .pollInterval(Duration.ofMillis(100))
          .until(
              () -> {
                var s = fleet.status(name);
                return s.get("currentPodHash") instanceof String hash
                    && !hash.equals(stableHash.get(name))
                    && Fleet.healthyOn(s, hash);
              });
    }
    return new Outcome(hostsBefore, actedAgain, checkJournal());
  }

  /** Each ReplicaSet was created once; one per rollout and revision so far. */
  void assertReplicaSetsCreatedOnce(int revisions) {
    Map<String, Integer> adds = h.replicaSetAdds();
    assertThat(adds).allSatisfy((rs, n) -> assertThat(n).as("creations of " + rs).isEqualTo(1));
    Map<String, Long> perRollout =
        adds.keySet().stream()
            .collect(Collectors.groupingBy(rs -> rs.substring(0, 5), Collectors.counting()));
    assertThat(perRollout)
        .hasSize(fleet.names.size())
        .allSatisfy((ro, n) -> assertThat(n).isEqualTo((long) revisions));
    // POSTs may exceed creations: an entity that just moved can act on its node's informer
    // cache before that has seen the ReplicaSet, and is answered 409 (AlreadyExists) -- harmless,
    // and counted here for the report only
    long posts = h.traffic.writes().stream().filter(NodeTraffic.Write::createsReplicaSet).count();
    System.out.printf(
        "ReplicaSet POSTs %d for %d creations%n", posts, (long) revisions * fleet.names.size());
  }

  /**
   * The second revision's journal of every rollout: each step completed once and in order, none
   * skipped, one pause started per pause step, and the timed pause ended at its deadline.
   */
  private Map<String, Duration> checkJournal() {
    Map<String, Duration> lateness = new TreeMap<>();
    SoftAssertions soft = new SoftAssertions();
    try (JournalReader journal = JournalReader.open(h.journalConfig())) {
      for (String name : fleet.names) {
        List<RolloutEvent> events = new ArrayList<>();
        for (JournalReader.Entry e : journal.events(new RolloutKey(Fleet.NS, name))) {
          if (e.event() instanceof RolloutEvent.RevisionStarted) {
            events.clear(); // only the last revision counts
          }
          events.add(e.event());
        }
        List<Integer> steps =
            events.stream()
                .filter(RolloutEvent.StepCompleted.class::isInstance)
                .map(e -> ((RolloutEvent.StepCompleted) e).stepIndex())
                .toList();
        int stepCount = Fleet.timed(name) ? 4 : 3;
        soft.assertThat(steps).as(name + " steps completed").isEqualTo(range(stepCount));
        soft.assertThat(events)
            .as(name + " skipped steps")
            .noneMatch(RolloutEvent.StepSkipped.class::isInstance);
        List<RolloutEvent.PauseStarted> pauses =
            events.stream()
                .filter(RolloutEvent.PauseStarted.class::isInstance)
                .map(RolloutEvent.PauseStarted.class::cast)
                .toList();
        soft.assertThat(pauses.stream().map(RolloutEvent.PauseStarted::stepIndex).toList())
            .as(name + " pauses started")
            .isEqualTo(Fleet.timed(name) ? List.of(1, 3) : List.of(1));
        if (Fleet.timed(name) && !pauses.isEmpty()) {
          Instant deadline = pauses.get(0).deadline();
          Instant ended =
              events.stream()
                  .filter(e -> e instanceof RolloutEvent.StepCompleted c && c.stepIndex() == 1)
                  .map(e -> ((RolloutEvent.StepCompleted) e).at())
                  .findFirst()
                  .orElse(Instant.MAX);
          soft.assertThat(deadline)
              .as(name + " pause deadline = start + duration")
              .isEqualTo(pauses.get(0).at().plus(Fleet.TIMED));
          soft.assertThat(ended)
              .as(name + " timed pause ended")
              .isAfterOrEqualTo(deadline)
              .isBeforeOrEqualTo(deadline.plus(DEADLINE_SLACK));
          lateness.put(
              name, Duration.between(deadline, ended.isAfter(deadline) ? ended : deadline));
        }
      }
    }
    soft.assertAll();
    return lateness;
  }

  /**
   * Runs a user's request, again if the sandbox timed out: the sandbox's mock server can stall for
   * as long as a frozen node holds a half-sent request on its event loop (a real API server would
   * not), until the node is thawed.
   */
  private static void retrying(Runnable request) {
    await("a user's request")
        .atMost(PATIENCE)
        .ignoreExceptions()
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              request.run();
              return true;
            });
  }

  private static List<Integer> range(int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }

  /** Nodes that host at least one rollout. */
  static Set<String> hostingNodes(Map<String, String> hosts) {
    return Set.copyOf(hosts.values());
  }
}
