package dev.stepwise.ha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three controller JVMs on one PostgreSQL journal, 30 canary rollouts in flight (timed and
 * indefinite pauses) spread over all three. One JVM trio goes through three disruptions in turn,
 * each during a new revision of every rollout: a node killed with SIGKILL, a node frozen (SIGSTOP)
 * until the others down it and then thawed, and a graceful rolling restart of all three. After
 * each, every rollout must end as an undisturbed one: same steps once each, timed pauses ending at
 * their deadlines, each ReplicaSet created once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HaClusterIT {
  /** Asserted bound on kill → last affected rollout acting again (the goal is under 10 s). */
  static final Duration RECOVERY_BOUND = Duration.ofSeconds(25);

  /** "No rollout stalls longer than a few seconds" during a graceful rolling restart. */
  static final Duration ROLLING_STALL_BOUND = Duration.ofSeconds(5);

  private HaHarness h;
  private Fleet fleet;
  private FailoverScenario scenario;
  private int revisions;
  private HaNode relaunchLater;

  @BeforeAll
  void start() throws Exception {
    h = new HaHarness("ha-cluster", 3, true);
    h.startAll();
    fleet = new Fleet(h.client, 30);
    scenario = new FailoverScenario(h, fleet);
    scenario.createHealthy();
    revisions = 1;
  }

  @AfterAll
  void stop() {
    if (h != null) {
      h.close();
    }
  }

  @Test
  @Order(1)
  void killNineOfTheOldestNode() throws Exception {
    scenario.updateToFirstPause("demo:green");
    revisions++;
    String table = stepwiseCluster(h.nodes.get(1));
    assertThat(table)
        .contains(h.nodes.get(0).address(), h.nodes.get(1).address(), h.nodes.get(2).address())
        .contains("3 members, 30 rollouts");
    HaNode victim = h.nodes.get(0); // the oldest: it also runs the coordinator and the watcher
    FailoverScenario.Outcome outcome;
    try {
      outcome = scenario.disruptAndFinish(victim::kill);
    } finally {
      relaunchLater = victim;
    }

    assertThat(outcome.hostsBefore()).as("every rollout hosted somewhere").hasSize(30);
    assertThat(FailoverScenario.hostingNodes(outcome.hostsBefore()))
        .as("rollouts spread over all three nodes")
        .containsExactlyInAnyOrder("node0", "node1", "node2");
    assertThat(h.hosts())
        .as("after the kill, the survivors host every rollout")
        .hasSize(30)
        .doesNotContainValue("node0");
    scenario.assertReplicaSetsCreatedOnce(revisions);
    Duration recovery = outcome.recoveryOf(victim.name);
    report(
        "kill -9 of the oldest of 3 nodes: %d of 30 rollouts were on it; kill -> last of them"
            + " acting again %d ms; timed pauses ended at most %d ms after their deadline%n",
        outcome.hostsBefore().values().stream().filter("node0"::equals).count(),
        recovery.toMillis(),
        maxLateness(outcome).toMillis());
    assertThat(recovery).as("kill -> recovery").isLessThan(RECOVERY_BOUND);
  }

  /** Brings a node a phase took down back, so the next phase runs on three. */
  @org.junit.jupiter.api.AfterEach
  void backToThree() {
    if (relaunchLater != null && !relaunchLater.isAlive()) {
      relaunchLater.launch();
      relaunchLater.awaitReady();
      h.awaitMembers(h.nodes.get(1), 3);
    }
    relaunchLater = null;
  }

  @Test
  @Order(2)
  void aFrozenNodeIsDownedAndNeverActsAgain() throws Exception {
    scenario.updateToFirstPause("demo:yellow");
    revisions++;
    HaNode victim = h.nodes.get(2);
    HaNode survivor = h.nodes.get(1);
    AtomicReference<Instant> thawed = new AtomicReference<>();
    var outcome =
        scenario.disruptAndFinish(
            () -> victim.signal("STOP"),
            () -> {
              h.awaitMembers(survivor, 2); // the majority downed and removed it
              thawed.set(Instant.now());
              victim.signal("CONT");
            });
    int exit = victim.awaitExit(Duration.ofSeconds(60));
    try {
      assertThat(exit).as("the thawed node learns it was downed and exits").isNotZero();
      assertThat(h.traffic.by(victim.name, thawed.get()))
          .as("writes of the thawed node after it was downed")
          .isEmpty();
      assertThat(outcome.hostsBefore()).containsValue(victim.name);
      scenario.assertReplicaSetsCreatedOnce(revisions);
      report(
          "SIGSTOP of 1 of 3 nodes: %d rollouts on it; freeze -> last of them acting again %d ms;"
              + " after SIGCONT it exited (code %d) with no write%n",
          outcome.hostsBefore().values().stream().filter(victim.name::equals).count(),
          outcome.recoveryOf(victim.name).toMillis(),
          exit);
    } finally {
      victim.launch(); // back to three for the next phase, whatever this one found
      victim.awaitReady();
      h.awaitMembers(survivor, 3);
    }
  }

  @Test
  @Order(3)
  void aGracefulRollingRestartStallsNoRollout() throws Exception {
    scenario.updateToFirstPause("demo:purple");
    revisions++;
    Instant started = Instant.now();
    Thread restarts =
        new Thread(
            () -> {
              for (HaNode node : h.nodes) {
                node.stopGracefully();
                node.launch();
                node.awaitReady();
                h.awaitMembers(node, 3);
              }
            },
            "rolling-restart");
    var outcome =
        scenario.disruptAndFinish(
            restarts::start,
            () -> {
              try {
                restarts.join(Duration.ofMinutes(5));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    Duration took = Duration.between(started, Instant.now());
    scenario.assertReplicaSetsCreatedOnce(revisions);
    report(
        "graceful rolling restart of 3 nodes: timed pauses ended at most %d ms after their"
            + " deadline; scenario took %d s%n",
        maxLateness(outcome).toMillis(), took.toSeconds());
    assertThat(maxLateness(outcome)).isLessThan(ROLLING_STALL_BOUND);
    await().atMost(Duration.ofSeconds(30)).until(() -> h.hosts().size() == 30);
  }

  /** {@code stepwise cluster --url <node's management endpoint>}, as a user runs it. */
  private static String stepwiseCluster(HaNode node) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        new dev.stepwise.cli.StepwiseCli(new java.io.PrintWriter(out), new java.io.PrintWriter(err))
            .execute("cluster", "--url", "http://127.0.0.1:" + node.managementPort);
    assertThat(code).as("stepwise cluster: " + err).isZero();
    System.out.print(out);
    return out.toString();
  }

  private static Duration maxLateness(FailoverScenario.Outcome outcome) {
    return outcome.lateness().values().stream().max(Duration::compareTo).orElse(Duration.ZERO);
  }

  static void report(String format, Object... args) throws IOException {
    String line = Instant.now() + " " + String.format(format, args);
    System.out.print(line);
    Files.writeString(
        Path.of("target", "ha-measurements.txt"),
        line,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }
}
