package dev.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rollout analysis end to end with the controller as it ships: the real runner measures a Web
 * metric this test serves (an error rate per service), so a bad metric alone, with healthy pods,
 * rolls a canary back and reverts a blue-green's active Service, with no human.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolloutAnalysisIT {
  @TempDir static Path dir;
  private ControllerHarness h;
  private HttpServer metrics;
  private final Map<String, String> errorRate = new ConcurrentHashMap<>();

  @BeforeAll
  void start() throws IOException {
    metrics = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    metrics.createContext(
        "/error-rate/",
        exchange -> {
          String service = exchange.getRequestURI().getPath().substring("/error-rate/".length());
          byte[] body =
              ("{\"errorRate\": " + errorRate.getOrDefault(service, "0.01") + "}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
          }
        });
    metrics.start();
    h = ControllerHarness.withAnalysisRuntime(dir);
    apply(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: AnalysisTemplate
        metadata: {name: error-rate}
        spec:
          args: [{name: service}]
          metrics:
          - name: error-rate
            interval: 1s
            failureLimit: 0
            successCondition: result < 0.05
            provider:
              web:
                url: "http://127.0.0.1:%d/error-rate/{{args.service}}"
                jsonPath: "{$.errorRate}"
        """
            .formatted(metrics.getAddress().getPort()));
  }

  @AfterAll
  void stop() {
    if (h != null) {
      h.close();
    }
    if (metrics != null) {
      metrics.stop(0);
    }
  }

  @Test
  void aCanaryWhoseBackgroundAnalysisFailsRollsBackByItself() {
    h.create(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata: {name: shop}
        spec:
          replicas: 4
          selector: {matchLabels: {app: shop}}
          template:
            metadata: {labels: {app: shop}}
            spec: {containers: [{name: app, image: "shop:1"}]}
          strategy:
            canary:
              analysis:
                templates: [{templateName: error-rate}]
                args: [{name: service, value: shop}]
              steps:
              - setWeight: 25
              - pause: {duration: 3s}
              - setWeight: 50
              - pause: {duration: 3s}
        """);
    String v1 = h.awaitFirstHealthy("shop");
    h.setImage("shop", "shop:2"); // the metric is good: the update completes
    h.awaitStatus("shop", s -> "Healthy".equals(s.get("phase")) && !v1.equals(s.get("stableRS")));
    String v2 = (String) h.status("shop").get("stableRS");
    assertThat(run("shop-" + v2 + "-2")).containsEntry("phase", "Successful");

    errorRate.put("shop", "0.30"); // the pods are fine, the error rate is not
    h.setImage("shop", "shop:3");
    h.awaitStatus("shop", s -> "Degraded".equals(s.get("phase")));
    Map<String, Object> status = h.status("shop");
    assertThat((String) status.get("message"))
        .startsWith("RolloutAborted: Rollout aborted update to revision 3: ")
        .contains("Metric \"error-rate\" assessed Failed");
    assertThat(status.get("stableRS")).isEqualTo(v2);
    h.awaitStatus(
        "shop",
        s ->
            h.replicaSets("shop").entrySet().stream()
                .allMatch(e -> e.getKey().endsWith(v2) || e.getValue() == 0));
    assertThat(h.replicaSets("shop")).containsEntry("shop-" + v2, 4);
    String failed = (String) status.get("currentPodHash");
    assertThat(run("shop-" + failed + "-3")).containsEntry("phase", "Failed");
  }

  @Test
  void aBlueGreenWhosePostPromotionAnalysisFailsRevertsTheActiveService() {
    BlueGreenFixture bg = new BlueGreenFixture(h);
    bg.services("cart");
    bg.rollout(
        "cart",
        2,
        "cart:1",
        """
        abortScaleDownDelaySeconds: 0
        postPromotionAnalysis:
          templates: [{templateName: error-rate}]
          args: [{name: service, value: cart}]
        """);
    String v1 = h.awaitFirstHealthy("cart");
    errorRate.put("cart", "0.50");
    h.setImage("cart", "cart:2");
    h.awaitStatus("cart", s -> "Degraded".equals(s.get("phase")));
    Map<String, Object> status = h.status("cart");
    assertThat((String) status.get("message"))
        .startsWith(
            "RolloutAborted: Rollout aborted update to revision 2: Blue/green post-promotion"
                + " analysis phase error/failed")
        .contains("Metric \"error-rate\" assessed Failed");
    h.awaitStatus("cart", s -> v1.equals(bg.selector("cart-active")));
    assertThat(h.status("cart").get("stableRS")).isEqualTo(v1);
  }

  /** The AnalysisRun object's status (its projection), once it has a completed phase. */
  private Map<String, Object> run(String name) {
    h.awaitStatus(
        "shop",
        s -> {
          Object phase = runStatus(name).get("phase");
          return phase != null && !"Running".equals(phase) && !"Pending".equals(phase);
        });
    return runStatus(name);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> runStatus(String name) {
    GenericKubernetesResource run =
        h.client()
            .genericKubernetesResources("argoproj.io/v1alpha1", "AnalysisRun")
            .inNamespace(ControllerHarness.NS)
            .withName(name)
            .get();
    Object s = run == null ? null : run.getAdditionalProperties().get("status");
    return s instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private void apply(String yaml) {
    GenericKubernetesResource r =
        h.client().getKubernetesSerialization().unmarshal(yaml, GenericKubernetesResource.class);
    h.client().resource(r).inNamespace(ControllerHarness.NS).create();
  }
}
