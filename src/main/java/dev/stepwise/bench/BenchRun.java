package dev.stepwise.bench;

import dev.stepwise.cli.ClientFactory;
import dev.stepwise.sandbox.ClusterSimulator;
import dev.stepwise.sandbox.Sandbox;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One benchmark run against the embedded API server: creates the fleet, measures it at rest, runs
 * the update storm, kills and restarts the controller mid-pause, and checks the end state each
 * time. The controller runs in a child JVM; the API server, the simulated cluster and this driver
 * share this one.
 */
final class BenchRun {
  /** How to run; see BenchCommand for the meaning of each. */
  record Options(
      int rollouts,
      String heap,
      Path dir,
      Duration recoveryPause,
      int snapshotEvery,
      boolean recovery,
      Duration timeout,
      boolean storm,
      int pacedRate,
      String journal,
      Path aotCacheOutput) {}

  private static final String BENCH_AGENT = "stepwise-bench";

  private final Options o;
  private final PrintWriter log;
  private final Report report = new Report();
  private final List<String> props = new ArrayList<>();
  private BenchJournal journal;

  BenchRun(Options options, PrintWriter log) {
    this.o = options;
    this.log = log;
  }

  Report run() throws Exception {
    Files.createDirectories(o.dir());
    Path data = o.dir().resolve("data");
    try (BenchJournal j = BenchJournal.of(o.journal(), data)) {
      journal = j;
      j.settings().forEach((k, v) -> props.add(k + "=" + v));
      return run(data);
    }
  }

  private Report run(Path data) throws Exception {
    props.add("stepwise.journal.snapshot-every=" + o.snapshotEvery());
    // controller settings given to the bench (-Dstepwise.controller.x=y) go to the controller
    System.getProperties().stringPropertyNames().stream()
        .filter(k -> k.startsWith("stepwise.controller."))
        .sorted()
        .forEach(
            k -> {
              props.add(k + "=" + System.getProperty(k));
              report.setting("controller: " + k + "=" + System.getProperty(k));
            });
    report.setting(
        "N=%d rollouts (1 replica, canary setWeight 50 / pause 5s / setWeight 100, history limit 10)"
            .formatted(o.rollouts()));
    report.setting(
        "controller: child JVM -Xmx%s, %s, snapshot-every %d, other settings as shipped"
            .formatted(o.heap(), journal.describe(), o.snapshotEvery()));
    report.setting("controller: " + AotCache.describe(o.aotCacheOutput()));
    report.setting("API: embedded API server (fabric8 mock) + ClusterSimulator in the bench JVM");
    ApiLedger ledger = new ApiLedger(ClientFactory.USER_AGENT.split("/")[0] + "/", BENCH_AGENT);
    Sandbox sandbox =
        Sandbox.start(
            Sandbox.Options.in(o.dir())
                .withSimulator(
                    ClusterSimulator.Settings.defaults().withReadyDelay(Duration.ofMillis(200))));
    sandbox.server().intercept(ledger);
    try (KubernetesClient client = benchClient(sandbox);
        Fleet fleet = new Fleet(client, o.rollouts())) {
      ControllerJvm c = startController(sandbox, data, 1, false);
      try {
        long t0 = System.nanoTime();
        fleet.create("blue");
        Map<String, String> none = Map.of();
        await("created", () -> fleet.healthyOnNew(none));
        double created = seconds(t0);
        report.row("setup", "create N rollouts until all Healthy", secs(created), "", "wall");
        log.printf("  created in %s%n", secs(created));
        check(fleet.problems("blue", 1), "after create");
        settle(ledger);
        atRest(c);
        int revisions = 1;
        if (o.storm()) {
          storm(c, fleet, ledger);
          revisions++;
        }
        if (o.recovery()) {
          c = recovery(c, sandbox, fleet, ledger, data, revisions + 1);
        }
      } finally {
        // a training controller writes its AOT record as it exits, which takes some seconds
        c.stop(o.aotCacheOutput() == null ? 30 : 300);
      }
      if (o.aotCacheOutput() != null) {
        AotCache.create(trainingRecord(), o.aotCacheOutput(), o.dir().resolve("aot-create.log"));
        log.printf("AOT cache written to %s%n", o.aotCacheOutput());
      }
    } finally {
      sandbox.close();
    }
    return report;
  }

  private void atRest(ControllerJvm c) throws Exception {
    Path histogram = o.dir().resolve("heap-at-rest.txt");
    long heap = c.liveHeapBytes(histogram);
    report.row(
        "1 memory at rest",
        "controller heap after full GC",
        Report.mib(heap),
        "≤ 1024 MiB at N=10,000",
        "jcmd GC.class_histogram (" + histogram.getFileName() + ")");
    long rss = c.rssBytes();
    report.row("1 memory at rest", "controller RSS", Report.mib(rss), "", "/proc VmRSS");
    // printed at once too: a long run that fails later still leaves these figures
    log.printf("  at rest: heap %s, RSS %s%n", Report.mib(heap), Report.mib(rss));
    log.flush();
    report.row(
        "1 memory at rest", "journal size", Report.mib(journal.bytes()), "", journal.measured());
  }

  private void storm(ControllerJvm c, Fleet fleet, ApiLedger ledger) throws Exception {
    Map<String, String> before = fleet.stableHashes();
    ApiLedger.Count requests0 = ledger.count();
    long journal0 = journal.bytes();
    double cpu0 = c.cpuSeconds();
    ledger.resetLatencies();
    long t0 = System.nanoTime();
    fleet.update("yellow", "5s");
    double patched = seconds(t0);
    await("storm", () -> fleet.healthyOnNew(before));
    double healthy = seconds(t0);
    settle(ledger);
    double cpu = c.cpuSeconds() - cpu0;
    int n = o.rollouts();
    report.row(
        "2 update storm",
        "time until all Healthy",
        secs(healthy),
        "",
        "wall, from the first image patch (all patches sent in " + secs(patched) + ")");
    report.row(
        "2 update storm",
        "controller CPU per rollout",
        "%.1f ms".formatted(cpu * 1000 / n),
        "",
        "/proc utime+stime of the controller JVM");
    ApiLedger.Count requests = ledger.count();
    long writes = requests.writesWithoutEvents(requests0);
    report.row(
        "2 update storm",
        "API writes per rollout (without Events)",
        "%.2f (min %d: %.2f×)"
            .formatted(
                writes / (double) n,
                Fleet.MIN_WRITES_PER_UPDATE,
                writes / ((double) Fleet.MIN_WRITES_PER_UPDATE * n)),
        "≤ 1.2 × min",
        "server-side count of controller writes: " + requests.writesPer(requests0, n));
    report.row(
        "2 update storm",
        "API reads per rollout",
        "%.2f".formatted((requests.reads() - requests0.reads()) / (double) n),
        "",
        "server-side count of the controller's GETs (lists, watches, single objects)");
    Latencies lat = ledger.latencies();
    report.row(
        "3 reaction latency",
        "spec change → first ReplicaSet write, p50 / p99 / max",
        lat.summary(),
        "p99 ≤ 100 ms",
        "API server arrival of the patch → arrival of the controller's RS write"
            + " (includes watch delivery)");
    long grown = journal.bytes() - journal0;
    report.row(
        "5 journal growth",
        "bytes per rollout update",
        "%.0f KiB".formatted(grown / 1024.0 / n),
        "",
        "growth over the storm / N: " + journal.measured());
    check(fleet.problems("yellow", 2), "after the storm");
  }

  private ControllerJvm recovery(
      ControllerJvm c, Sandbox sandbox, Fleet fleet, ApiLedger ledger, Path data, int revisions)
      throws Exception {
    Map<String, String> before = fleet.stableHashes();
    String pause = o.recoveryPause().toSeconds() + "s";
    fleet.update("green", pause);
    await("paused", fleet::paused);
    c.kill();
    long size = journal.bytes();
    copyAtKill(data);
    // the first start created the schema; H2 takes seconds to run the DDL again
    // (CrashConsistencyIT)
    props.add("stepwise.journal.create-schema=off");
    double bench0 = CpuTimes.thisJvm();
    var benchThreads0 = ThreadCpu.thisJvm();
    double[] machine0 = CpuTimes.machine();
    ApiLedger.Count requests0 = ledger.count();
    ControllerJvm back = startController(sandbox, data, 2, true);
    long t0 = back.startNanos();
    long deadline = System.nanoTime() + o.timeout().toNanos();
    while (back.recovered() < o.rollouts() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    double secs = (back.lastRecoveryNanos() - t0) / 1e9;
    // read when the wait ends, up to 50 ms after the last recovery: the restarted JVM's CPU is
    // all recovery so far (its start, the compaction, the informers' lists, the entities)
    double controllerCpu = back.cpuSeconds();
    double benchCpu = CpuTimes.thisJvm() - bench0;
    var benchThreads1 = ThreadCpu.thisJvm();
    double[] machine1 = CpuTimes.machine();
    String requests = ledger.count().since(requests0);
    log.printf("  recovered: %d/%d in %s%n", back.recovered(), o.rollouts(), secs(secs));
    ThreadCpu.reportRecovery(
        o.dir(),
        back.pid(),
        controllerCpu,
        ThreadCpu.since(benchThreads0, benchThreads1),
        benchCpu,
        log);
    log.flush();
    report.row(
        "4 recovery",
        "kill mid-pause → every entity recovered and its pause re-armed",
        back.recovered() + "/" + o.rollouts() + " in " + secs(secs),
        "≤ 30 s at N=10,000",
        "child JVM start → last 'recovered at seq' log line (the deadline is armed there)");
    report.row(
        "4 recovery",
        "CPU until recovered: controller / embedded API server + simulated cluster",
        "%.1f / %.1f CPU-s (machine busy %.0f%%)"
            .formatted(
                controllerCpu,
                benchCpu,
                100 * (machine1[0] - machine0[0]) / (machine1[1] - machine0[1])),
        "",
        "/proc of the restarted controller; this JVM's CPU time; /proc/stat over the same"
            + " window");
    report.row(
        "4 recovery",
        "controller requests until recovered",
        requests,
        "",
        "server-side count (lists, gets and watches; writes by kind): what the restart asked of"
            + " the API server");
    report.row(
        "4 recovery",
        "journal events replayed per second",
        "%.0f/s (%d events, snapshot-every %d)"
            .formatted(back.recoveredSeqs() / secs, back.recoveredSeqs(), o.snapshotEvery()),
        "",
        "sum of recovered sequence numbers / recovery time; journal "
            + Report.mib(size)
            + " at the kill");
    await("resumed after the pause", () -> fleet.healthyOnNew(before));
    check(fleet.problems("green", revisions), "after recovery");
    return back;
  }

  /**
   * Keeps the journal as the kill left it (before the restart compacts it), for JournalReplay
   * experiments: {@code -Dstepwise.bench.copy-at-kill=DIR}. The copy is taken before the restart,
   * so the recovery's clock does not include it.
   */
  private void copyAtKill(Path data) throws java.io.IOException, InterruptedException {
    String to = System.getProperty("stepwise.bench.copy-at-kill");
    if (to == null || to.isBlank()) {
      return;
    }
    Path dir = Path.of(to);
    Files.createDirectories(dir);
    try (var files = Files.list(data)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        // a copy through the page cache would warm the file for the restart
        DirectCopy.copy(f, dir.resolve(f.getFileName()), false);
      }
    }
    log.printf("  journal at the kill copied to %s%n", dir);
  }

  /**
   * Where a training controller writes its AOT record: the restarted one (#2), since the first is
   * killed and a JVM writes the record only as it exits. Its profiles are then of a recovery and of
   * the steps after it, the code a restart runs.
   */
  private Path trainingRecord() {
    return o.dir().resolve("controller-2.aotconf");
  }

  private ControllerJvm startController(Sandbox sandbox, Path data, int n, boolean debug)
      throws InterruptedException {
    log.printf("starting controller #%d%n", n);
    log.flush();
    boolean training = o.aotCacheOutput() != null;
    ControllerJvm c =
        ControllerJvm.start(
            sandbox.kubeconfig(),
            data,
            o.dir().resolve("controller-" + n + ".log"),
            o.heap(),
            training
                ? (n == 2 ? AotCache.options(trainingRecord()) : List.of())
                : AotCache.options(null),
            props,
            debug);
    c.awaitReady(120);
    return c;
  }

  private void await(String what, LongSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + o.timeout().toNanos();
    long last = -1;
    long lastPrint = 0;
    while (true) {
      long d = done.getAsLong();
      if (d >= o.rollouts()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        report.problem(what + ": only " + d + " of " + o.rollouts() + " after " + o.timeout());
        throw new IllegalStateException(what + ": timed out with " + d + "/" + o.rollouts());
      }
      if (d != last && System.nanoTime() - lastPrint > 5e9) {
        log.printf("  %s: %d/%d%n", what, d, o.rollouts());
        log.flush();
        last = d;
        lastPrint = System.nanoTime();
      }
      Thread.sleep(100);
    }
  }

  /** Waits until the controller has written nothing for two seconds (at most a minute). */
  private static void settle(ApiLedger ledger) throws InterruptedException {
    long quietSince = System.nanoTime();
    long last = total(ledger);
    long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (System.nanoTime() - quietSince < 2e9 && System.nanoTime() < end) {
      Thread.sleep(200);
      long now = total(ledger);
      if (now != last) {
        last = now;
        quietSince = System.nanoTime();
      }
    }
  }

  private static long total(ApiLedger ledger) {
    return ledger.writes().values().stream().mapToLong(Long::longValue).sum();
  }

  private void check(List<String> problems, String when) {
    problems.forEach(p -> report.problem(when + ": " + p));
  }

  private static KubernetesClient benchClient(Sandbox sandbox) {
    io.fabric8.kubernetes.client.Config base;
    try (KubernetesClient plain = sandbox.server().newClient()) {
      base = plain.getConfiguration();
    }
    return new KubernetesClientBuilder()
        .withConfig(new ConfigBuilder(base).withUserAgent(BENCH_AGENT).build())
        .build();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String secs(double s) {
    return "%.1f s".formatted(s);
  }
}
