package dev.stepwise.cli;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.File;

/** Makes the Kubernetes client the CLI talks to; tests inject the mock server's client. */
@FunctionalInterface
public interface ClientFactory {

  /** Kubeconfig choices from the command line; null means "as kubectl would choose". */
  record KubeOptions(String kubeconfig, String context) {}

  /** Creates a client for these options. */
  KubernetesClient create(KubeOptions options);

  /** The namespace of the chosen context, read without contacting the API server. */
  default String defaultNamespace(KubeOptions options) {
    return config(options).getNamespace();
  }

  /** The kubeconfig-based factory used by {@code bin/stepwise}. */
  ClientFactory DEFAULT =
      options ->
          new KubernetesClientBuilder()
              .withConfig(
                  new ConfigBuilder(config(options))
                      // fail fast with one clear line instead of retrying for a minute
                      .withRequestRetryBackoffLimit(1)
                      .withConnectionTimeout(10_000)
                      .withRequestTimeout(30_000)
                      .build())
              .build();

  /** Reads the kubeconfig: {@code --kubeconfig} if given, else KUBECONFIG / ~/.kube/config. */
  static Config config(KubeOptions options) {
    if (options.kubeconfig() != null) {
      File file = new File(options.kubeconfig());
      if (!file.isFile()) {
        throw new CliException("kubeconfig file not found: " + options.kubeconfig());
      }
      return Config.fromKubeconfig(options.context(), file);
    }
    return Config.autoConfigure(options.context());
  }
}
