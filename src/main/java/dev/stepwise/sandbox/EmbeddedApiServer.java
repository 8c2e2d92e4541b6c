package dev.stepwise.sandbox;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kubernetes API server on 127.0.0.1 over plain HTTP, backed by the fabric8 mock in CRUD mode,
 * with discovery, the argoproj.io CRDs (so status subresources behave) and status semantics for the
 * built-in workload kinds; stock {@code kubectl} works against it through {@link
 * #writeKubeconfig(Path)}.
 */
public final class EmbeddedApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedApiServer.class);

  /** The argoproj.io CRDs the api package generates, as classpath resources. */
  public static final List<String> DEFAULT_CRD_RESOURCES =
      List.of(
          "META-INF/fabric8/rollouts.argoproj.io-v1.yml",
          "META-INF/fabric8/analysisruns.argoproj.io-v1.yml",
          "META-INF/fabric8/analysistemplates.argoproj.io-v1.yml",
          "META-INF/fabric8/clusteranalysistemplates.argoproj.io-v1.yml",
          "META-INF/fabric8/experiments.argoproj.io-v1.yml");

  /** Namespaces every cluster starts with. */
  static final List<String> INITIAL_NAMESPACES = List.of("default", "kube-system", "kube-public");

  /** The mock logs every request at INFO through JUL; a held reference keeps the level set. */
  private static final java.util.logging.Logger MOCK_LOG =
      java.util.logging.Logger.getLogger("io.fabric8.mockwebserver.MockWebServer");

  private final KubernetesMockServer server;
  private final String host;
  private final KubernetesClient adminClient;
  private final SandboxDispatcher dispatcher;

  private EmbeddedApiServer(
      KubernetesMockServer server, String host, SandboxDispatcher dispatcher) {
    this.server = server;
    this.host = host;
    this.dispatcher = dispatcher;
    this.adminClient = newClient();
  }

  /** Starts on a free port with the CRDs from the classpath ({@link #DEFAULT_CRD_RESOURCES}). */
  public static EmbeddedApiServer start() {
    return start(0, List.of());
  }

  /**
   * Starts on {@code port} (0 for a free one) and registers the CRDs in {@code crdFiles}, or the
   * classpath defaults when the list is empty.
   *
   * @throws IllegalStateException when a default CRD resource is missing from the classpath
   */
  public static EmbeddedApiServer start(int port, List<Path> crdFiles) {
    MOCK_LOG.setLevel(java.util.logging.Level.WARNING);
    Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    IndexedCrudDispatcher crud = new IndexedCrudDispatcher();
    String host = "127.0.0.1";
    int[] boundPort = new int[1];
    SandboxDispatcher dispatcher = new SandboxDispatcher(crud, () -> host + ":" + boundPort[0]);
    KubernetesMockServer server =
        new KubernetesMockServer(new Context(), new MockWebServer(), responses, dispatcher, false);
    try {
      server.start(InetAddress.getByName(host), port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boundPort[0] = server.getPort();
    EmbeddedApiServer api = new EmbeddedApiServer(server, host, dispatcher);
    try {
      builtinStatusSubresources().forEach(crud::expectCustomResource);
      api.createNamespaces();
      api.registerCrds(crdFiles.isEmpty() ? classpathCrds() : fileCrds(crdFiles));
    } catch (RuntimeException e) {
      api.close();
      throw e;
    }
    LOG.info("sandbox API server listening on {}", api.url());
    return api;
  }

  /**
   * Puts {@code interceptor} in front of every request from now on ({@link RequestInterceptor#NONE}
   * removes it): the hook that injects API faults in tests.
   */
  public void intercept(RequestInterceptor interceptor) {
    dispatcher.intercept(interceptor);
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String url() {
    return "http://" + host + ":" + server.getPort();
  }

  public int port() {
    return server.getPort();
  }

  /**
   * A new client for this server (namespace {@code default}, short timeouts); the caller closes it.
   */
  public KubernetesClient newClient() {
    Config config =
        new ConfigBuilder(Config.empty())
            .withMasterUrl(url())
            .withNamespace("default")
            .withHttp2Disable(true)
            .withConnectionTimeout(5_000)
            .withRequestTimeout(15_000)
            .withRequestRetryBackoffLimit(2)
            .build();
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  /** Writes a kubeconfig with one cluster, context and user pointing at this server. */
  public Path writeKubeconfig(Path file) {
    String yaml =
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: stepwise-sandbox
          cluster:
            server: %s
        contexts:
        - name: stepwise-sandbox
          context:
            cluster: stepwise-sandbox
            user: stepwise-sandbox
            namespace: default
        current-context: stepwise-sandbox
        users:
        - name: stepwise-sandbox
          user: {}
        preferences: {}
        """
            .formatted(url());
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Registers one more CRD (as {@code kubectl apply -f crd.yaml} would). */
  public void registerCrd(CustomResourceDefinition crd) {
    var crds = adminClient.apiextensions().v1().customResourceDefinitions();
    crd.getMetadata().setResourceVersion(null);
    if (crds.withName(crd.getMetadata().getName()).get() == null) {
      crds.resource(crd).create();
    } else {
      crds.resource(crd).update();
    }
  }

  @Override
  public void close() {
    adminClient.close();
    try {
      server.shutdown();
    } catch (IllegalStateException e) {
      // the mock's shutdown times out when a watch event is still being written to a socket
      // whose client just went away; the server is stopping anyway, so say so and carry on
      LOG.warn("sandbox API server shut down uncleanly: {}", e.getMessage());
    }
  }

  private void registerCrds(List<CustomResourceDefinition> crds) {
    crds.forEach(this::registerCrd);
  }

  private void createNamespaces() {
    for (String ns : INITIAL_NAMESPACES) {
      adminClient
          .namespaces()
          .resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build())
          .create();
    }
  }

  /**
   * Built-in kinds whose status a real server keeps apart from spec: without this the mock lets a
   * spec update overwrite the status the simulated controllers wrote, and bumps generation on
   * status writes.
   */
  private static List<CustomResourceDefinitionContext> builtinStatusSubresources() {
    List<CustomResourceDefinitionContext> out = new ArrayList<>();
    for (String[] r :
        new String[][] {
          {"apps", "v1", "replicasets", "ReplicaSet"},
          {"apps", "v1", "deployments", "Deployment"},
          {"apps", "v1", "statefulsets", "StatefulSet"},
          {"batch", "v1", "jobs", "Job"}
        }) {
      out.add(
          new CustomResourceDefinitionContext.Builder()
              .withGroup(r[0])
              .withVersion(r[1])
              .withPlural(r[2])
              .withKind(r[3])
              .withScope("Namespaced")
              .withStatusSubresource(true)
              .build());
    }
    return out;
  }

  static List<CustomResourceDefinition> classpathCrds() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    List<CustomResourceDefinition> out = new ArrayList<>();
    for (String resource : DEFAULT_CRD_RESOURCES) {
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(
              "CRD resource " + resource + " is not on the classpath; pass CRD files instead");
        }
        out.add(Serialization.unmarshal(in, CustomResourceDefinition.class));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  static List<CustomResourceDefinition> fileCrds(List<Path> files) {
    List<CustomResourceDefinition> out = new ArrayList<>();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        out.add(Serialization.unmarshal(in, CustomResourceDefinition.class));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
