package dev.stepwise.app;

import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/** Helpers of the AnalysisRun ITs: create runs like a user, read their status, a metric stub. */
final class AnalysisRuns {
  static final ResourceDefinitionContext CONTEXT =
      new ResourceDefinitionContext.Builder()
          .withGroup("argoproj.io")
          .withVersion("v1alpha1")
          .withKind("AnalysisRun")
          .withPlural("analysisruns")
          .withNamespaced(true)
          .build();

  private AnalysisRuns() {}

  static void create(KubernetesClient client, String yaml) {
    GenericKubernetesResource r =
        client.getKubernetesSerialization().unmarshal(yaml, GenericKubernetesResource.class);
    client
        .genericKubernetesResources(CONTEXT)
        .inNamespace(ControllerHarness.NS)
        .resource(r)
        .create();
  }

  static GenericKubernetesResource get(KubernetesClient client, String name) {
    return client
        .genericKubernetesResources(CONTEXT)
        .inNamespace(ControllerHarness.NS)
        .withName(name)
        .get();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> status(KubernetesClient client, String name) {
    GenericKubernetesResource r = get(client, name);
    Object s = r == null ? null : r.getAdditionalProperties().get("status");
    return s instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  static Map<String, Object> awaitStatus(
      KubernetesClient client, String name, Duration within, Predicate<Map<String, Object>> p) {
    AtomicReference<Map<String, Object>> last = new AtomicReference<>();
    await()
        .atMost(within)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              last.set(status(client, name));
              return p.test(last.get());
            });
    return last.get();
  }

  static Map<String, Object> awaitCompleted(KubernetesClient client, String name) {
    return awaitStatus(
        client,
        name,
        Duration.ofSeconds(60),
        s ->
            s.get("phase") != null
                && List.of("Successful", "Failed", "Error", "Inconclusive")
                    .contains(s.get("phase")));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> metric(Map<String, Object> status, String metric) {
    List<Map<String, Object>> results =
        (List<Map<String, Object>>) status.getOrDefault("metricResults", List.of());
    return results.stream().filter(r -> metric.equals(r.get("name"))).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> measurements(Map<String, Object> status, String metric) {
    return (List<Map<String, Object>>) metric(status, metric).get("measurements");
  }

  static void patchSpec(KubernetesClient client, String name, String json) {
    client
        .genericKubernetesResources(CONTEXT)
        .inNamespace(ControllerHarness.NS)
        .withName(name)
        .patch(PatchContext.of(PatchType.JSON_MERGE), json);
  }

  /** A JDK HttpServer answering {@code path} with a body; counts the requests. */
  static final class Stub implements AutoCloseable {
    final HttpServer server;
    final AtomicInteger hits = new AtomicInteger();
    final AtomicReference<String> body = new AtomicReference<>("{}");
    final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    final AtomicInteger code = new AtomicInteger(200);

    Stub() {
      try {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.createContext(
          "/",
          ex -> {
            hits.incrementAndGet();
            lastAuthorization.set(ex.getRequestHeaders().getFirst("Authorization"));
            byte[] b = body.get().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(code.get(), b.length);
            ex.getResponseBody().write(b);
            ex.close();
          });
      server.start();
    }

    String url(String path) {
      return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
