package dev.stepwise.ha;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One controller node exactly as it ships ({@code stepwise controller}) in a child JVM, on fixed
 * loopback ports (cluster transport and management), so that a restart comes back at the same
 * address. The test can kill it (SIGKILL), stop it gracefully (SIGTERM) or freeze it (SIGSTOP).
 */
final class HaNode implements AutoCloseable {
  private static final String READY_LINE = "stepwise controller running";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  final String name;
  final int clusterPort;
  final int managementPort;
  private final Path kubeconfig;
  private final Path dir;
  private final Map<String, String> env;
  private final List<String> properties;
  private Process process;
  private Path log;
  private int starts;

  HaNode(
      String name,
      Path kubeconfig,
      Path dir,
      Map<String, String> env,
      List<String> properties,
      int clusterPort,
      int managementPort) {
    this.name = name;
    this.kubeconfig = kubeconfig;
    this.dir = dir;
    this.env = env;
    this.properties = properties;
    this.clusterPort = clusterPort;
    this.managementPort = managementPort;
  }

  String address() {
    return "pekko://stepwise@127.0.0.1:" + clusterPort;
  }

  /** Starts the JVM; {@link #awaitReady} waits for it. */
  void launch() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Xss1m");
    command.add("-Xmx256m");
    if (Runtime.version().feature() >= 24) {
      command.add("--sun-misc-unsafe-memory-access=allow");
    }
    command.add("-Dlogback.configurationFile=" + logback());
    command.add("-Dstepwise.cluster.port=" + clusterPort);
    command.add("-Dstepwise.management.enabled=on");
    command.add("-Dstepwise.management.port=" + managementPort);
    command.addAll(properties);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.stepwise.app.Main");
    command.add("--kubeconfig=" + kubeconfig);
    command.add("controller");
    command.add("--data-dir=" + dir.resolve("data"));
    log = dir.resolve(name + "-" + (++starts) + ".log");
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(env);
    try {
      process = pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Instant awaitReady() {
    Process started = process;
    await(name + " ready")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(50))
        .failFast(name + " exited; see " + log, () -> !started.isAlive())
        .until(() -> Files.readString(log).contains(READY_LINE));
    return Instant.now();
  }

  /** SIGKILL: no shutdown hook, no leaving the cluster. */
  void kill() {
    process.destroyForcibly();
    waitFor(30);
  }

  /** SIGTERM: the shutdown hook leaves the cluster and hands the rollouts over. */
  void stopGracefully() {
    process.destroy();
    if (!waitFor(60)) {
      throw new AssertionError(name + " did not stop within 60 s after SIGTERM; see " + log);
    }
  }

  void signal(String signal) {
    try {
      new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
          .inheritIO()
          .start()
          .waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** Waits for the process to end by itself; its exit code. */
  int awaitExit(Duration timeout) {
    if (!waitFor(timeout.toSeconds())) {
      throw new AssertionError(name + " still runs after " + timeout + "; see " + log);
    }
    return process.exitValue();
  }

  Path log() {
    return log;
  }

  /** GET on the management endpoint; the body, or null when it does not answer 200. */
  String get(String path) {
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200 ? r.body() : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private boolean waitFor(long seconds) {
    try {
      return process.waitFor(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      signal("CONT"); // a frozen process cannot handle SIGTERM
      process.destroy();
      if (!waitFor(20)) {
        process.destroyForcibly();
      }
    }
  }

  private Path logback() {
    Path file = dir.resolve("logback-" + name + ".xml");
    String xml =
        """
        <configuration>
          <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
            <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
          </appender>
          <logger name="com.zaxxer.hikari" level="WARN"/>
          <logger name="slick" level="WARN"/>
          <logger name="org.apache.pekko" level="INFO"/>
          <logger name="dev.stepwise" level="INFO"/>
          <logger name="dev.stepwise.entity" level="DEBUG"/>
          <root level="INFO"><appender-ref ref="OUT"/></root>
        </configuration>
        """;
    try {
      Files.createDirectories(dir);
      return Files.writeString(file, xml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
