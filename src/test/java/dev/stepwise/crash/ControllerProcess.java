package dev.stepwise.crash;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The controller exactly as it ships ({@code stepwise controller}), in a child JVM the test can
 * kill with SIGKILL; its output goes to a file per start, for diagnosis.
 */
final class ControllerProcess implements AutoCloseable {
  private static final String READY_LINE = "stepwise controller running";

  private final Path kubeconfig;
  private final Path dataDir;
  private final Path logDir;
  private final Path logbackConfig;
  private Process process;
  private Path log;
  private int starts;

  ControllerProcess(Path kubeconfig, Path dataDir, Path logDir) {
    this.kubeconfig = kubeconfig;
    this.dataDir = dataDir;
    this.logDir = logDir;
    this.logbackConfig = writeLogbackConfig(logDir.resolve("logback-controller.xml"));
  }

  /** Starts the controller and waits until it says it runs; returns when that was. */
  Instant start() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Xss1m");
    if (Runtime.version().feature() >= 24) {
      command.add("--sun-misc-unsafe-memory-access=allow");
    }
    // the test classpath carries logback-test.xml, which buffers logs for the testkit: use ours
    command.add("-Dlogback.configurationFile=" + logbackConfig);
    if (starts > 0) {
      // the first start created the journal schema; H2 takes seconds to redo it, and restarts
      // are what every run waits for
      command.add("-Dstepwise.journal.create-schema=off");
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.stepwise.app.Main");
    command.add("--kubeconfig=" + kubeconfig);
    command.add("controller");
    command.add("--data-dir=" + dataDir);
    log = logDir.resolve("controller-" + (++starts) + ".log");
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Process started = process;
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .failFast("the controller exited; see " + log, () -> !started.isAlive())
        .until(() -> Files.readString(log).contains(READY_LINE));
    return Instant.now();
  }

  /** SIGKILL: no shutdown hook, no graceful leave, whatever was in flight is lost. */
  void kill() {
    Process p = process;
    if (p == null) {
      return;
    }
    p.destroyForcibly();
    try {
      p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    keepJournalAsKilled();
  }

  /**
   * Copies the journal files as the killed process left them, before the next start opens them, so
   * a lost journal tail can be told apart from one that recovery did not read.
   */
  private void keepJournalAsKilled() {
    try (var files = Files.list(dataDir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".db")).toList()) {
        Files.copy(f, logDir.resolve("killed-" + starts + "-" + f.getFileName()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final java.util.regex.Pattern PERSISTED =
      java.util.regex.Pattern.compile("(\\S+): persisted up to seq (\\d+)");
  private static final java.util.regex.Pattern RECOVERED =
      java.util.regex.Pattern.compile("(\\S+): recovered at seq (\\d+)");

  /**
   * Rollouts whose journaled events the last restart did not get back: the killed controller logged
   * them as acknowledged by the journal, the restarted one recovered fewer.
   */
  List<String> lostByLastKill() {
    if (starts < 2) {
      return List.of();
    }
    java.util.Map<String, Long> acknowledged =
        seqs(logDir.resolve("controller-" + (starts - 1) + ".log"), PERSISTED, false);
    java.util.Map<String, Long> recovered = seqs(log, RECOVERED, true);
    List<String> lost = new ArrayList<>();
    acknowledged.forEach(
        (id, seq) -> {
          Long back = recovered.get(id);
          if (back != null && back < seq) {
            lost.add(id + ": acknowledged up to seq " + seq + ", recovered " + back);
          }
        });
    return lost;
  }

  private static java.util.Map<String, Long> seqs(
      Path file, java.util.regex.Pattern line, boolean first) {
    java.util.Map<String, Long> seqs = new java.util.HashMap<>();
    try {
      var m = line.matcher(Files.readString(file));
      while (m.find()) {
        long seq = Long.parseLong(m.group(2));
        if (first) {
          seqs.putIfAbsent(m.group(1), seq);
        } else {
          seqs.put(m.group(1), seq);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return seqs;
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** The log of the current (or last) start. */
  Path log() {
    return log;
  }

  @Override
  public void close() {
    Process p = process;
    if (p != null && p.isAlive()) {
      p.destroy(); // a graceful stop at the end, so the journal is closed cleanly
      try {
        if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
      }
    }
  }

  private static Path writeLogbackConfig(Path file) {
    String xml =
        """
        <configuration>
          <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
            <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
          </appender>
          <logger name="com.zaxxer.hikari" level="WARN"/>
          <logger name="slick" level="WARN"/>
          <logger name="org.apache.pekko" level="INFO"/>
          <logger name="dev.stepwise" level="DEBUG"/>
          <root level="INFO"><appender-ref ref="OUT"/></root>
        </configuration>
        """;
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, xml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
