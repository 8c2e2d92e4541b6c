package dev.stepwise.app;

import com.typesafe.config.Config;
import dev.stepwise.sandbox.ClusterSimulator;
import dev.stepwise.sandbox.Sandbox;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** The sandbox cluster with the controller running against it, in this JVM. */
final class SandboxRuntime implements AutoCloseable {
  private final Sandbox sandbox;
  private final KubernetesClient controllerClient;
  private final Controller controller;

  private SandboxRuntime(Sandbox sandbox, KubernetesClient client, Controller controller) {
    this.sandbox = sandbox;
    this.controllerClient = client;
    this.controller = controller;
  }

  /** Starts the embedded API server, the simulated cluster and the controller. */
  static SandboxRuntime start(Path workDir, int port, Duration readyDelay, Config config) {
    Sandbox sandbox =
        Sandbox.start(
            new Sandbox.Options(
                workDir,
                port,
                java.util.List.of(),
                ClusterSimulator.Settings.defaults().withReadyDelay(readyDelay)));
    KubernetesClient client = sandbox.server().newClient();
    try {
      return new SandboxRuntime(
          sandbox, client, Controller.start(client, config, Clock.systemUTC()));
    } catch (RuntimeException e) {
      client.close();
      sandbox.close();
      throw e;
    }
  }

  Sandbox sandbox() {
    return sandbox;
  }

  /** A new client of the sandbox's API server; the caller closes it. */
  KubernetesClient newClient() {
    return sandbox.server().newClient();
  }

  @Override
  public void close() {
    controller.close();
    controllerClient.close();
    sandbox.close();
  }
}
