package dev.stepwise.app;

import com.sun.net.httpserver.HttpServer;
import dev.stepwise.kube.Rollouts;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * {@code stepwise demo --analysis}: a canary gated by an analysis step whose Web metric (an error
 * rate) this process serves. The first update passes the analysis and completes; then the error
 * rate goes up and the second update fails it and rolls back by itself, with no human.
 */
final class DemoAnalysisScript {
  static final String ROLLOUT = "analysis-demo";
  private static final String NS = "default";

  private final SandboxRuntime runtime;
  private final PrintWriter out;
  private final DemoCli cli;
  private volatile String errorRate = "0.01";

  /** Runs a CLI command the way a user would type it. */
  interface DemoCli {
    void run(String... args);
  }

  DemoAnalysisScript(SandboxRuntime runtime, PrintWriter out, DemoCli cli) {
    this.runtime = runtime;
    this.out = out;
    this.cli = cli;
  }

  boolean run(Duration timeout) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    HttpServer metric =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    metric.createContext(
        "/error-rate",
        exchange -> {
          byte[] body = ("{\"errorRate\": " + errorRate + "}").getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
          }
        });
    metric.start();
    String url = "http://127.0.0.1:" + metric.getAddress().getPort() + "/error-rate";
    try (KubernetesClient client = runtime.newClient()) {
      say("Serving the metric at " + url + ": {\"errorRate\": " + errorRate + "}");
      apply(client, template(url));
      apply(client, rollout());
      say("Applied AnalysisTemplate error-rate (success: result < 0.05) and Rollout " + ROLLOUT);
      Map<String, Object> first = await(client, s -> healthyOn(s, null), deadline);
      if (first == null) {
        return timedOut();
      }
      String stable = (String) first.get("stableRS");
      say("Update 1 (error rate " + errorRate + "): stepwise set image " + ROLLOUT + " ...:yellow");
      cli.run("set", "image", ROLLOUT, "app=argoproj/rollouts-demo:yellow");
      Map<String, Object> second = await(client, s -> healthyOn(s, stable), deadline);
      if (second == null) {
        return timedOut();
      }
      cli.run("get", "rollout", ROLLOUT);
      say("The analysis passed and the update completed. Now the error rate goes up to 0.30.");
      errorRate = "0.30";
      String good = (String) second.get("stableRS");
      say("Update 2 (error rate " + errorRate + "): stepwise set image " + ROLLOUT + " ...:red");
      cli.run("set", "image", ROLLOUT, "app=argoproj/rollouts-demo:red");
      Map<String, Object> aborted =
          await(
              client,
              s ->
                  "Degraded".equals(s.get("phase"))
                      && Boolean.TRUE.equals(s.get("abort"))
                      && good.equals(s.get("stableRS")),
              deadline);
      if (aborted == null) {
        return timedOut();
      }
      say("Rolled back by the analysis, no human involved: " + aborted.get("message"));
      cli.run("get", "rollout", ROLLOUT);
      say("stepwise history " + ROLLOUT);
      cli.run("history", ROLLOUT);
      return true;
    } finally {
      metric.stop(0);
      out.flush();
    }
  }

  private static boolean healthyOn(Map<String, Object> s, String notHash) {
    Object hash = s.get("currentPodHash");
    return "Healthy".equals(s.get("phase"))
        && hash != null
        && hash.equals(s.get("stableRS"))
        && !Objects.equals(hash, notHash);
  }

  private Map<String, Object> await(
      KubernetesClient client, Predicate<Map<String, Object>> done, Instant deadline)
      throws InterruptedException {
    String shown = null;
    while (Instant.now().isBefore(deadline)) {
      GenericKubernetesResource ro = Rollouts.of(client).inNamespace(NS).withName(ROLLOUT).get();
      Map<String, Object> status = ro == null ? Map.of() : status(ro);
      if (done.test(status)) {
        return status;
      }
      String now = status.get("phase") + ": " + status.getOrDefault("message", "");
      if (status.get("phase") != null && !now.equals(shown)) {
        say(now);
        shown = now;
      }
      Thread.sleep(250);
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> status(GenericKubernetesResource ro) {
    Object s = ro.getAdditionalProperties().get("status");
    return s instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private boolean timedOut() {
    say("Timed out; the rollout as it stands:");
    cli.run("get", "rollout", ROLLOUT);
    return false;
  }

  private static void apply(KubernetesClient client, String yaml) {
    GenericKubernetesResource r =
        client.getKubernetesSerialization().unmarshal(yaml, GenericKubernetesResource.class);
    client.resource(r).inNamespace(NS).create();
  }

  private static String template(String url) {
    return """
        apiVersion: argoproj.io/v1alpha1
        kind: AnalysisTemplate
        metadata:
          name: error-rate
        spec:
          metrics:
          - name: error-rate
            interval: 2s
            count: 2
            failureLimit: 0
            successCondition: result < 0.05
            provider:
              web:
                url: %s
                jsonPath: "{$.errorRate}"
        """
        .formatted(url);
  }

  private static String rollout() {
    return """
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata:
          name: %s
        spec:
          replicas: 4
          selector:
            matchLabels:
              app: %s
          template:
            metadata:
              labels:
                app: %s
            spec:
              containers:
              - name: app
                image: argoproj/rollouts-demo:blue
          strategy:
            canary:
              steps:
              - setWeight: 25
              - analysis:
                  templates:
                  - templateName: error-rate
              - setWeight: 75
              - pause: {duration: 2s}
        """
        .formatted(ROLLOUT, ROLLOUT, ROLLOUT);
  }

  private void say(String line) {
    out.println("== " + line);
    out.flush();
  }
}
