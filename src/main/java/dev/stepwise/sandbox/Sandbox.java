package dev.stepwise.sandbox;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.util.List;

/**
 * A whole cluster on one machine: the embedded API server (with the argoproj.io CRDs), the
 * simulated ReplicaSet controller, kubelet and garbage collector, a client and a kubeconfig for
 * kubectl. The controller is added on top by its caller.
 */
public final class Sandbox implements AutoCloseable {
  /**
   * How to start.
   *
   * @param workDir where the kubeconfig is written ({@code workDir/kubeconfig})
   * @param port the API server port, 0 for a free one
   * @param crdFiles CRD YAML files to register; empty for the classpath CRDs
   * @param simulator the cluster simulator's settings
   */
  public record Options(
      Path workDir, int port, List<Path> crdFiles, ClusterSimulator.Settings simulator) {
    public Options {
      crdFiles = List.copyOf(crdFiles);
    }

    /** A free port, the classpath CRDs and default simulator settings. */
    public static Options in(Path workDir) {
      return new Options(workDir, 0, List.of(), ClusterSimulator.Settings.defaults());
    }

    public Options withCrdFiles(List<Path> files) {
      return new Options(workDir, port, files, simulator);
    }

    public Options withSimulator(ClusterSimulator.Settings settings) {
      return new Options(workDir, port, crdFiles, settings);
    }
  }

  private final EmbeddedApiServer server;
  private final KubernetesClient client;
  private final KubernetesClient simulatorClient;
  private final ClusterSimulator simulator;
  private final Path kubeconfig;

  private Sandbox(
      EmbeddedApiServer server,
      KubernetesClient client,
      KubernetesClient simulatorClient,
      ClusterSimulator simulator,
      Path kubeconfig) {
    this.server = server;
    this.client = client;
    this.simulatorClient = simulatorClient;
    this.simulator = simulator;
    this.kubeconfig = kubeconfig;
  }

  /** Starts the API server, registers the CRDs, starts the simulator and writes the kubeconfig. */
  public static Sandbox start(Options options) {
    EmbeddedApiServer server = EmbeddedApiServer.start(options.port(), options.crdFiles());
    KubernetesClient client = server.newClient();
    KubernetesClient simulatorClient = server.newClient();
    try {
      Path kubeconfig = server.writeKubeconfig(options.workDir().resolve("kubeconfig"));
      ClusterSimulator simulator = ClusterSimulator.start(simulatorClient, options.simulator());
      return new Sandbox(server, client, simulatorClient, simulator, kubeconfig);
    } catch (RuntimeException e) {
      simulatorClient.close();
      client.close();
      server.close();
      throw e;
    }
  }

  /** A client of the sandbox's API server (namespace {@code default}); closed with the sandbox. */
  public KubernetesClient client() {
    return client;
  }

  /** The kubeconfig file pointing at the sandbox's API server. */
  public Path kubeconfig() {
    return kubeconfig;
  }

  public EmbeddedApiServer server() {
    return server;
  }

  public ClusterSimulator simulator() {
    return simulator;
  }

  @Override
  public void close() {
    simulator.close();
    simulatorClient.close();
    client.close();
    server.close();
  }
}
