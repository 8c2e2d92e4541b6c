package dev.stepwise.bench;

import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import dev.stepwise.entity.StepwiseSystem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

/**
 * The benchmark against {@link FakeCluster} instead of the embedded API server: the entities,
 * sharding and the journal (H2, or PostgreSQL with {@code --journal postgres}) are real and run in
 * this JVM; watcher and actuator are the fake. Figures from here say what the controller core can
 * do; the informer caches are not in them.
 */
final class FakeRun {
  private final BenchRun.Options o;
  private final PrintWriter log;
  private final Report report = new Report();
  private BenchJournal journal;

  FakeRun(BenchRun.Options options, PrintWriter log) {
    this.o = options;
    this.log = log;
  }

  Report run() throws Exception {
    try (BenchJournal j = BenchJournal.of(o.journal(), o.dir().resolve("fake-data"))) {
      journal = j;
      return runOn();
    }
  }

  private Report runOn() throws Exception {
    int n = o.rollouts();
    report.setting(
        "N=%d rollouts (1 replica, canary setWeight 50 / pause 5s / setWeight 100, history limit 10)"
            .formatted(n));
    report.setting(
        "API: in-process FAKE at the kube boundary (FakeCluster: watcher + actuator), entities,"
            + " sharding and "
            + journal.describe()
            + " real, all in this JVM (-Xmx of this JVM: "
            + Report.mib(Runtime.getRuntime().maxMemory())
            + "), snapshot-every "
            + o.snapshotEvery()
            + ", 4 actuator threads");
    ExecutorService threads = Executors.newFixedThreadPool(4);
    FakeCluster fake = new FakeCluster(threads);
    StepwiseSystem system = start(fake);
    try {
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        fake.create(i, "blue");
      }
      await("created", fake.healthyOnNew(Map.of()));
      report.row("setup", "create N rollouts until all Healthy", secs(t0), "", "wall");
      problems(fake, "blue", 1, "after create");
      Thread.sleep(2000);
      Path histogram = o.dir().resolve("heap-at-rest-fake.txt");
      long heap = Jcmd.liveHeapBytes(ProcessHandle.current().pid(), histogram);
      report.row(
          "1 memory at rest",
          "heap after full GC (controller core + fake cluster)",
          Report.mib(heap),
          "≤ 1024 MiB at N=10,000",
          "jcmd GC.class_histogram (" + histogram.getFileName() + "); no informer caches");
      storm(fake, n);
      if (o.pacedRate() > 0) {
        paced(fake, n);
      }
      if (o.recovery()) {
        system = recovery(fake, system, n);
      }
    } finally {
      system.close();
      threads.shutdownNow();
    }
    return report;
  }

  private void storm(FakeCluster fake, int n) throws Exception {
    Map<String, String> before = fake.stableHashes();
    long rs0 = fake.rsWrites();
    long st0 = fake.statusWrites();
    long ev0 = fake.eventWrites();
    long journal0 = journal.bytes();
    double cpu0 = CpuTimes.thisJvm();
    fake.resetLatencies();
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      fake.update(i, "yellow", "5s");
    }
    await("storm", fake.healthyOnNew(before));
    report.row("2 update storm", "time until all Healthy", secs(t0), "", "wall, fake API");
    Thread.sleep(1000);
    report.row(
        "2 update storm",
        "CPU per rollout (whole JVM: controller core + fake)",
        "%.1f ms".formatted((CpuTimes.thisJvm() - cpu0) * 1000 / n),
        "",
        "OperatingSystemMXBean");
    double rs = (fake.rsWrites() - rs0) / (double) n;
    double st = (fake.statusWrites() - st0) / (double) n;
    fake.printWorstTrace();
    report.row(
        "2 update storm",
        "API writes per rollout (without Events)",
        "%.2f (min %d: %.2f×)"
            .formatted(
                rs + st, Fleet.MIN_WRITES_PER_UPDATE, (rs + st) / Fleet.MIN_WRITES_PER_UPDATE),
        "≤ 1.2 × min",
        "counted by the fake: replicaset %.2f, status %.2f, events %.2f"
            .formatted(rs, st, (fake.eventWrites() - ev0) / (double) n));
    Latencies lat = fake.latencies();
    report.row(
        "3 reaction latency",
        "all N changed at once: spec change → first ReplicaSet write, p50 / p99 / max",
        lat.summary(),
        "p99 ≤ 100 ms",
        "fake: Observe sent to the entity → actuator's first ReplicaSet write; the time to"
            + " work through the queue of N changes");
    report.row(
        "5 journal growth",
        "bytes per rollout update",
        "%.1f KiB".formatted((journal.bytes() - journal0) / 1024.0 / n),
        "",
        "growth over the storm / N: " + journal.measured());
    problems(fake, "yellow", 2, "after the storm");
  }

  /**
   * Every Rollout changes again, one change every 1/rate s: a stream of changes the controller
   * keeps up with, so the latency is the time to serve one change while the fleet is busy with the
   * ones before it (their steps, pauses and status writes), not the length of a queue.
   */
  private void paced(FakeCluster fake, int n) throws Exception {
    Map<String, String> before = fake.stableHashes();
    fake.resetLatencies();
    long gap = 1_000_000_000L / o.pacedRate();
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      long due = t0 + i * gap;
      for (long now = System.nanoTime(); now < due; now = System.nanoTime()) {
        java.util.concurrent.locks.LockSupport.parkNanos(due - now);
      }
      fake.update(i, "orange", "5s");
    }
    double sendSeconds = (System.nanoTime() - t0) / 1e9;
    await("paced", fake.healthyOnNew(before));
    Latencies lat = fake.latencies();
    lat.writeTimeline(o.dir().resolve("latency-paced.tsv"));
    report.row(
        "3 reaction latency",
        "changes arriving at %d/s (sent in %.1f s): spec change → first ReplicaSet write, p50 / p99 / max"
            .formatted(o.pacedRate(), sendSeconds),
        lat.summary(),
        "p99 ≤ 100 ms",
        "fake: as above, while the fleet goes through the steps of the changes before");
    problems(fake, "orange", 3, "after the paced changes");
  }

  private StepwiseSystem recovery(FakeCluster fake, StepwiseSystem system, int n) throws Exception {
    Map<String, String> before = fake.stableHashes();
    String pause = o.recoveryPause().toSeconds() + "s";
    for (int i = 0; i < n; i++) {
      fake.update(i, "green", pause);
    }
    await("paused", fake::paused);
    system.close();
    fake.markRestart();
    long t0 = System.nanoTime();
    StepwiseSystem back = start(fake);
    for (int i = 0; i < n; i++) {
      fake.observeAll(FakeCluster.key(i));
    }
    await("recovered", fake::appliedSince);
    report.row(
        "4 recovery",
        "stop mid-pause → every entity recovered, re-armed and acting",
        n + "/" + n + " in " + secs(t0),
        "≤ 30 s at N=10,000",
        "graceful stop (not a kill), start of the actor system → each entity's first apply");
    await("resumed after the pause", fake.healthyOnNew(before));
    problems(fake, "green", o.pacedRate() > 0 ? 4 : 3, "after recovery");
    return back;
  }

  private StepwiseSystem start(FakeCluster fake) {
    var overrides =
        ConfigFactory.empty()
            .withValue(
                "stepwise.data-dir",
                ConfigValueFactory.fromAnyRef(o.dir().resolve("fake-data").toString()))
            .withValue(
                "stepwise.journal.snapshot-every",
                ConfigValueFactory.fromAnyRef(o.snapshotEvery()));
    for (var e : journal.settings().entrySet()) {
      overrides = overrides.withValue(e.getKey(), ConfigValueFactory.fromAnyRef(e.getValue()));
    }
    StepwiseSystem system =
        StepwiseSystem.start(StepwiseSystem.loadConfig(overrides), fake, Clock.systemUTC());
    fake.connect(system.commandSink());
    return system;
  }

  private void problems(FakeCluster fake, String tag, int revisions, String when) {
    fake.problems(tag, revisions).forEach(p -> report.problem(when + ": " + p));
  }

  private void await(String what, LongSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + o.timeout().toNanos();
    long lastPrint = System.nanoTime();
    while (done.getAsLong() < o.rollouts()) {
      if (System.nanoTime() > deadline) {
        report.problem(what + ": only " + done.getAsLong() + " of " + o.rollouts());
        throw new IllegalStateException(what + ": timed out");
      }
      if (System.nanoTime() - lastPrint > 5e9) {
        log.printf("  %s: %d/%d%n", what, done.getAsLong(), o.rollouts());
        log.flush();
        lastPrint = System.nanoTime();
      }
      Thread.sleep(50);
    }
  }

  private static String secs(long since) {
    return "%.1f s".formatted((System.nanoTime() - since) / 1e9);
  }
}
