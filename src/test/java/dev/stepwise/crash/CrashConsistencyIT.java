package dev.stepwise.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import dev.stepwise.crash.CanaryScenario.Milestone;
import dev.stepwise.crash.ControllerTraffic.KillAt;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.entity.JournalReader;
import dev.stepwise.entity.StepwiseSystem;
import dev.stepwise.sandbox.ClusterSimulator;
import dev.stepwise.sandbox.FaultPlan;
import dev.stepwise.sandbox.RequestInterceptor;
import dev.stepwise.sandbox.Sandbox;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * A multi-step canary (timed and indefinite pauses, abort, retry, promote) run once without
 * interruption, then again with the controller, a child JVM, killed with SIGKILL at one instant per
 * run and restarted, and with the API server answering 409, 500 or timing out for a while. Every
 * run must end as the uninterrupted one did, through the same ReplicaSet sizes and the same
 * journaled steps, without pauses restarting and without dropping below maxUnavailable's floor.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashConsistencyIT {
  /** Runs that kill the controller (a tag, so a quick local run can leave them out). */
  static final String KILL = "kill";

  /** Kill points spread over the writes of the update (the first revision's are less varied). */
  private static final int WRITE_KILL_POINTS = 6;

  private Path dir;
  private Sandbox sandbox;
  private KubernetesClient client;
  private ReplicaSetRecorder replicaSets;
  private ControllerTraffic traffic;
  private ControllerProcess controller;
  private Config journalConfig;
  private RunRecord baseline;
  private int updateStartsAtWrite;
  private int runs;

  @BeforeAll
  void startClusterAndBaseline() throws IOException {
    dir = Files.createTempDirectory(Path.of("target"), "crash-");
    sandbox =
        Sandbox.start(
            new Sandbox.Options(
                dir,
                0,
                upstreamCrds(),
                ClusterSimulator.Settings.defaults().withReadyDelay(Duration.ofMillis(200))));
    client = sandbox.server().newClient();
    replicaSets = new ReplicaSetRecorder(client, CanaryScenario.NS);
    traffic = new ControllerTraffic();
    sandbox.server().intercept(traffic);
    Path data = dir.resolve("data");
    controller = new ControllerProcess(writeControllerKubeconfig(), data, dir);
    journalConfig =
        StepwiseSystem.loadConfig(
            ConfigFactory.empty()
                .withValue(
                    "stepwise.data-dir",
                    ConfigValueFactory.fromAnyRef(data.toAbsolutePath().toString())));
    controller.start();
    int[] updateAt = new int[1];
    baseline =
        run(
            m -> {
              if (m == Milestone.UPDATED) {
                updateAt[0] = traffic.writes().size() + 1;
              }
            },
            null);
    updateStartsAtWrite = updateAt[0];
    assertThat(baseline.floorViolations()).as("floor in the uninterrupted run").isEmpty();
  }

  @AfterAll
  void stop() {
    if (controller != null) {
      controller.close();
    }
    if (replicaSets != null) {
      replicaSets.close();
    }
    if (sandbox != null) {
      sandbox.server().intercept(RequestInterceptor.NONE);
      sandbox.close();
    }
  }

  @TestFactory
  @Tag(KILL)
  Stream<DynamicTest> killedAtTheKthWrite() {
    // keep clear of the end: how many status writes coalesce varies from run to run, so a later
    // run may write a few percent less than the baseline and never reach a point near its end
    int last = updateStartsAtWrite + (baseline.writes().size() - updateStartsAtWrite) * 85 / 100;
    List<KillAt> points = new ArrayList<>();
    for (int i = 0; i < WRITE_KILL_POINTS; i++) {
      int k = updateStartsAtWrite + (last - updateStartsAtWrite) * i / (WRITE_KILL_POINTS - 1);
      points.add(new KillAt(k, i % 2 == 1));
    }
    points.add(new KillAt(2, false)); // while creating the first revision
    return points.stream()
        .map(
            at ->
                DynamicTest.dynamicTest(
                    "killed at " + at + ": " + baseline.writes().get(at.write() - 1),
                    () -> {
                      CompletableFuture<Instant> restarted = new CompletableFuture<>();
                      traffic.arm(at, () -> killAndRestart(restarted));
                      RunRecord run = run(m -> {}, restarted);
                      assertLikeBaseline(run, true);
                    }));
  }

  @TestFactory
  @Tag(KILL)
  Stream<DynamicTest> killedAtAMilestone() {
    return Stream.of(
            Milestone.TIMED_PAUSE, Milestone.ABORTED, Milestone.RETRIED, Milestone.PROMOTED)
        .map(
            milestone ->
                DynamicTest.dynamicTest(
                    "killed right after " + milestone,
                    () -> {
                      CompletableFuture<Instant> restarted = new CompletableFuture<>();
                      RunRecord run =
                          run(
                              m -> {
                                if (m == milestone) {
                                  killAndRestart(restarted);
                                }
                              },
                              restarted);
                      assertLikeBaseline(run, true);
                    }));
  }

  /**
   * Focused reproduction of a known gap: the update's first write is the RolloutUpdated Event; when
   * it is lost with the process, the restarted controller never records it (recovery hands the
   * actuator no events, and nothing journals which Events were recorded).
   */
  @Test
  @Tag(KILL)
  @Disabled(
      "KNOWN GAP (crash report): Kubernetes Events of events journaled just before a kill are"
          + " never recorded; fixing it needs the journal to say which Events were recorded")
  void eventsOfStepsJournaledJustBeforeAKillAreRecorded() {
    CompletableFuture<Instant> restarted = new CompletableFuture<>();
    traffic.arm(new KillAt(updateStartsAtWrite, false), () -> killAndRestart(restarted));
    RunRecord run = run(m -> {}, restarted);
    assertThat(run.normalizedEvents()).isEqualTo(baseline.normalizedEvents());
  }

  @Test
  void conflictsOnStatusWrites() {
    faultRun(
        "409 on status writes",
        r -> r.method().equals("PATCH") && r.path().endsWith("/status"),
        FaultPlan.refuse(409, "Conflict"),
        Duration.ofSeconds(4),
        Milestone.UPDATED,
        Milestone.PROMOTED);
  }

  @Test
  void serverErrorsOnReplicaSetWrites() {
    faultRun(
        "500 on ReplicaSet writes",
        r -> r.isWrite() && r.path().contains("/replicasets"),
        FaultPlan.refuse(500, "InternalError"),
        Duration.ofSeconds(3),
        Milestone.UPDATED,
        Milestone.RETRIED);
  }

  @Test
  void timeoutsOnEveryWrite() {
    faultRun(
        "status and ReplicaSet writes hang 3 s, then 504 unhandled",
        // Events are fire-and-forget: one that times out is lost, by design (see the report)
        r -> r.isWrite() && !r.path().endsWith("/events"),
        FaultPlan.timeout(Duration.ofSeconds(3)),
        Duration.ofSeconds(4),
        Milestone.TIMED_PAUSE,
        Milestone.ABORTED);
  }

  private void faultRun(
      String name,
      Predicate<RequestInterceptor.Request> matches,
      RequestInterceptor.Action action,
      Duration period,
      Milestone... at) {
    List<Milestone> when = List.of(at);
    RunRecord run =
        run(
            m -> {
              if (when.contains(m)) {
                traffic.faults().inject(name, matches, action, period);
              }
            },
            null);
    assertThat(traffic.faults().hits()).as("requests the faults answered").isNotEmpty();
    assertLikeBaseline(run, false);
  }

  /** Runs the scenario on a new rollout; {@code restarted} completes when a kill restarted. */
  private RunRecord run(Consumer<Milestone> at, CompletableFuture<Instant> restarted) {
    String name = "ro-%02d".formatted(runs++);
    traffic.follow(name);
    CanaryScenario scenario = new CanaryScenario(client, name, replicaSets);
    CanaryScenario.Hashes hashes;
    try {
      hashes = scenario.run(at);
    } finally {
      traffic.disarm();
    }
    Instant restartedAt = null;
    if (restarted != null) {
      assertThat(restarted)
          .as("the kill point was reached; writes: %s", traffic.writes())
          .succeedsWithin(Duration.ofSeconds(60));
      restartedAt = restarted.join();
    }
    return new RunRecord(
        name,
        hashes,
        replicaSets.history(name),
        journal(name),
        scenario.status(),
        kubeEvents(name),
        traffic.writes(),
        restartedAt);
  }

  private void killAndRestart(CompletableFuture<Instant> restarted) {
    try {
      controller.kill();
      restarted.complete(controller.start());
    } catch (RuntimeException | Error e) {
      restarted.completeExceptionally(e);
    }
  }

  /**
   * The run went as the uninterrupted one did. After a kill, Kubernetes Events may be missing (a
   * known gap: Events of journaled steps not yet recorded when the process died are never recorded,
   * see {@link #eventsOfStepsJournaledJustBeforeAKillAreRecorded}) or repeated (they are
   * at-least-once across a crash, as upstream's are), but none may be new: every Event after a kill
   * is one the uninterrupted run also recorded.
   */
  private void assertLikeBaseline(RunRecord run, boolean killed) {
    SoftAssertions soft = new SoftAssertions();
    String context =
        "%s (controller log %s); writes:%n  %s"
            .formatted(run.name(), controller.log(), String.join("\n  ", run.writes()));
    soft.assertThat(run.endState()).as("end state of " + context).isEqualTo(baseline.endState());
    soft.assertThat(run.sizeSequence())
        .as("(stable/canary) ReplicaSet sizes of " + context)
        .isEqualTo(baseline.sizeSequence());
    soft.assertThat(run.trace()).as("journaled steps of " + context).isEqualTo(baseline.trace());
    soft.assertThat(run.latePauses(Duration.ofSeconds(4)))
        .as("timed pauses ending late in " + context)
        .isEmpty();
    soft.assertThat(run.floorViolations()).as("maxUnavailable floor in " + context).isEmpty();
    if (killed) {
      soft.assertThat(controller.lostByLastKill())
          .as("events the journal acknowledged before the kill, lost after it, in " + context)
          .isEmpty();
      List<String> known = baseline.normalizedEvents();
      // ScalingReplicaSet names the sizes it scaled from and to, which depend on what the
      // restarted controller happened to observe; the size sequence above checks scaling exactly
      List<String> extra =
          run.normalizedEvents().stream()
              .filter(e -> !e.startsWith("ScalingReplicaSet: "))
              .filter(e -> !known.contains(e))
              .distinct()
              .toList();
      soft.assertThat(extra).as("Kubernetes Events new in " + context).isEmpty();
    } else {
      // ScalingReplicaSet Events name the sizes the controller scaled from, which a retried or
      // coalesced write legitimately changes; the size sequence above checks scaling exactly
      soft.assertThat(withoutScaling(run.normalizedEvents()))
          .as("Kubernetes Events of " + context)
          .isEqualTo(withoutScaling(baseline.normalizedEvents()));
    }
    soft.assertAll();
  }

  private static List<String> withoutScaling(List<String> events) {
    return events.stream().filter(e -> !e.startsWith("ScalingReplicaSet: ")).toList();
  }

  private List<RolloutEvent> journal(String name) {
    try (JournalReader reader = JournalReader.open(journalConfig)) {
      return reader.events(new RolloutKey(CanaryScenario.NS, name)).stream()
          .map(JournalReader.Entry::event)
          .toList();
    }
  }

  private List<String> kubeEvents(String name) {
    return client.v1().events().inNamespace(CanaryScenario.NS).list().getItems().stream()
        .filter(e -> name.equals(e.getInvolvedObject().getName()))
        .sorted(Comparator.comparingLong(e -> Long.parseLong(e.getMetadata().getResourceVersion())))
        .map(CrashConsistencyIT::describe)
        .toList();
  }

  private static String describe(Event e) {
    int count = e.getCount() == null ? 1 : e.getCount();
    return e.getReason() + ": " + e.getMessage() + (count > 1 ? " (x" + count + ")" : "");
  }

  /** The controller authenticates with its own token, so the test can tell its requests apart. */
  private Path writeControllerKubeconfig() throws IOException {
    String yaml =
        dev.stepwise.testing.Kubeconfigs.withToken(sandbox.server().url(), ControllerTraffic.TOKEN);
    return Files.writeString(dir.resolve("controller-kubeconfig"), yaml);
  }

  static List<Path> upstreamCrds() {
    Path crds = Path.of(System.getProperty("stepwise.shared", "../shared"), "argo", "crds");
    try (Stream<Path> files = Files.list(crds)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
