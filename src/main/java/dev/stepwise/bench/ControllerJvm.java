package dev.stepwise.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The controller as it ships ({@code stepwise controller}) in a child JVM, so its heap, RSS and CPU
 * are its own and not the embedded API server's, and so it can be killed with SIGKILL. Its output
 * is copied to a log file and scanned for entity recoveries.
 */
final class ControllerJvm implements AutoCloseable {
  private static final String READY_LINE = "stepwise controller running";
  private static final Pattern RECOVERED = Pattern.compile(": recovered at seq (\\d+)");

  private final Process process;
  private final long startNanos = System.nanoTime();
  private final AtomicLong recovered = new AtomicLong();
  private final AtomicLong recoveredSeqs = new AtomicLong();
  private volatile long readyNanos;
  private volatile long lastRecoveryNanos;

  private ControllerJvm(Process process) {
    this.process = process;
  }

  /**
   * Starts the controller; {@code debugEntities} logs each entity's recovery (costs log lines, so
   * only for the recovery scenario).
   */
  static ControllerJvm start(
      Path kubeconfig,
      Path dataDir,
      Path log,
      String heap,
      List<String> jvmOptions,
      List<String> props,
      boolean debug) {
    Path logback = writeLogback(log.resolveSibling(log.getFileName() + ".logback.xml"), debug);
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    cmd.add("-Xss1m");
    if (Runtime.version().feature() >= 24) {
      cmd.add("--sun-misc-unsafe-memory-access=allow");
    }
    cmd.add("-Dlogback.configurationFile=" + logback);
    cmd.addAll(jvmOptions);
    // extra JVM options for experiments (JIT settings, another logback file); none by default
    // (also from the environment: STEPWISE_JAVA_OPTS is split on spaces by bin/stepwise, so a
    // property there can carry only one option)
    String extra =
        System.getProperty("stepwise.bench.controller-java-opts", "")
            + " "
            + java.util.Objects.requireNonNullElse(
                System.getenv("STEPWISE_BENCH_CONTROLLER_JAVA_OPTS"), "");
    for (String opt : extra.split(" ")) {
      if (!opt.isBlank()) {
        cmd.add(opt);
      }
    }
    props.forEach(p -> cmd.add("-D" + p));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("dev.stepwise.app.Main");
    cmd.add("--kubeconfig=" + kubeconfig);
    cmd.add("controller");
    cmd.add("--data-dir=" + dataDir);
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      ControllerJvm jvm = new ControllerJvm(p);
      Thread.ofPlatform().daemon().name("bench-controller-log").start(() -> jvm.pump(log));
      return jvm;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void pump(Path log) {
    try (var in =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var out = new PrintWriter(Files.newBufferedWriter(log), true)) {
      String line;
      while ((line = in.readLine()) != null) {
        out.println(line);
        if (line.contains(READY_LINE)) {
          readyNanos = System.nanoTime();
        }
        Matcher m = RECOVERED.matcher(line);
        if (m.find()) {
          recoveredSeqs.addAndGet(Long.parseLong(m.group(1)));
          recovered.incrementAndGet();
          lastRecoveryNanos = System.nanoTime();
        }
      }
    } catch (IOException e) {
      // the process went away; what was read stays counted
    }
  }

  /** Waits for the "running" line; throws when the process exits first or the time is up. */
  void awaitReady(long timeoutSeconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (readyNanos == 0) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the controller exited with " + process.exitValue());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the controller did not start in " + timeoutSeconds + "s");
      }
      Thread.sleep(20);
    }
  }

  long pid() {
    return process.pid();
  }

  long startNanos() {
    return startNanos;
  }

  long recovered() {
    return recovered.get();
  }

  long recoveredSeqs() {
    return recoveredSeqs.get();
  }

  long lastRecoveryNanos() {
    return lastRecoveryNanos;
  }

  /** User + system CPU seconds of the process so far (Linux /proc). */
  double cpuSeconds() {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid() + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields 14 and 15 of stat (utime, stime), in clock ticks of 1/100 s on Linux
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** Resident set size in bytes (Linux /proc), or -1. */
  long rssBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or gone
    }
    return -1;
  }

  /** Live heap after a full GC, the histogram kept in {@code out}; see {@link Jcmd}. */
  long liveHeapBytes(Path out) throws IOException, InterruptedException {
    return Jcmd.liveHeapBytes(pid(), out);
  }

  /** SIGKILL: no shutdown hook runs, whatever was in flight is lost. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() {
    stop(30);
  }

  /** SIGTERM, then SIGKILL if the JVM has not exited after the given seconds. */
  void stop(long seconds) {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  private static Path writeLogback(Path file, boolean debugEntities) {
    String xml =
        """
        <configuration>
          <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
            <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
          </appender>
          <logger name="com.zaxxer.hikari" level="WARN"/>
          <logger name="slick" level="WARN"/>
          <logger name="org.apache.pekko" level="WARN"/>
          <logger name="dev.stepwise.entity" level="ENTITY_LEVEL"/>
          <root level="INFO"><appender-ref ref="OUT"/></root>
        </configuration>
        """
            .replace("ENTITY_LEVEL", debugEntities ? "DEBUG" : "INFO");
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, xml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
