package dev.stepwise.app;

import static dev.stepwise.app.AnalysisRuns.awaitCompleted;
import static dev.stepwise.app.AnalysisRuns.measurements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Prometheus provider against a real Prometheus server (Debian's {@code prometheus} package,
 * which .ci/run installs), scraping a {@code /metrics} endpoint this test serves, so real PromQL
 * runs: a run is Successful when the queried value is under the threshold and Failed when over.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisRunPrometheusIT {
  private static final String METRICS =
      """
      # TYPE demo_latency_seconds gauge
      demo_latency_seconds{service="fast"} 0.2
      demo_latency_seconds{service="slow"} 0.9
      """;

  @TempDir static Path dir;
  private ControllerHarness h;
  private HttpServer target;
  private Process prometheus;
  private String address;

  @BeforeAll
  void start() throws IOException {
    String binary = onPath("prometheus");
    target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    target.createContext(
        "/metrics",
        ex -> {
          byte[] b = METRICS.getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4");
          ex.sendResponseHeaders(200, b.length);
          ex.getResponseBody().write(b);
          ex.close();
        });
    target.start();
    int port = freePort();
    address = "http://127.0.0.1:" + port;
    Path config = dir.resolve("prometheus.yml");
    Files.writeString(
        config,
        """
        global:
          scrape_interval: 1s
        scrape_configs:
        - job_name: stepwise-it
          static_configs:
          - targets: ["127.0.0.1:%d"]
        """
            .formatted(target.getAddress().getPort()));
    prometheus =
        new ProcessBuilder(
                binary,
                "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("tsdb"),
                "--web.listen-address=127.0.0.1:" + port)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("prometheus.log").toFile())
            .start();
    // ready once a scrape has landed: the query answers a sample
    HttpClient http = HttpClient.newHttpClient();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> query(http, "demo_latency_seconds").contains("\"fast\""));
    h = new ControllerHarness(dir.resolve("controller"));
  }

  @AfterAll
  void stop() {
    if (h != null) {
      h.close();
    }
    if (prometheus != null) {
      prometheus.destroy();
    }
    if (target != null) {
      target.stop(0);
    }
  }

  private String query(HttpClient http, String promql) throws Exception {
    var uri =
        URI.create(
            address + "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private String promRun(String name, String query) {
    return """
        apiVersion: argoproj.io/v1alpha1
        kind: AnalysisRun
        metadata:
          name: %s
        spec:
          metrics:
          - name: latency
            count: 2
            interval: 1s
            successCondition: result[0] < 0.5
            failureLimit: 0
            provider:
              prometheus:
                address: "%s"
                query: '%s'
        """
        .formatted(name, address, query);
  }

  @Test
  void aQueryUnderTheThresholdSucceeds() {
    AnalysisRuns.create(
        h.client(), promRun("prom-fast", "max(demo_latency_seconds{service=\"fast\"})"));
    Map<String, Object> s = awaitCompleted(h.client(), "prom-fast");
    assertThat(s).containsEntry("phase", "Successful");
    assertThat(measurements(s, "latency"))
        .hasSize(2)
        .allSatisfy(m -> assertThat(m).containsEntry("value", "[0.2]"));
  }

  @Test
  void aQueryOverTheThresholdFails() {
    AnalysisRuns.create(
        h.client(), promRun("prom-slow", "max(demo_latency_seconds{service=\"slow\"})"));
    Map<String, Object> s = awaitCompleted(h.client(), "prom-slow");
    assertThat(s).containsEntry("phase", "Failed");
    assertThat((String) s.get("message"))
        .startsWith("Metric \"latency\" assessed Failed due to failed (1) > failureLimit (0)");
    assertThat(measurements(s, "latency"))
        .singleElement()
        .satisfies(
            m -> assertThat(m).containsEntry("phase", "Failed").containsEntry("value", "[0.9]"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String onPath(String binary) {
    String path = System.getenv().getOrDefault("PATH", "");
    try (Stream<String> dirs = Stream.of(path.split(File.pathSeparator))) {
      return dirs.map(d -> Path.of(d, binary))
          .filter(Files::isExecutable)
          .findFirst()
          .map(Path::toString)
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      binary
                          + " is not on PATH: install Debian's prometheus package"
                          + " (apt-get install -y prometheus; .ci/run does)"));
    }
  }
}
