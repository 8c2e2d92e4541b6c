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

  /**
   * Sent as the User-Agent. A real API server names the field manager of a patch after the
   * User-Agent's product when no fieldManager parameter is given, so our changes are recorded as
   * made by "stepwise-cli" (the fabric8 mock ignores patches that carry a fieldManager parameter,
   * so we do not send one).
   */
  String USER_AGENT = "stepwise-cli/" + StepwiseCli.Version.number();

  /** The kubeconfig-based factory used by {@code bin/stepwise}. */
  ClientFactory DEFAULT = options -> forConfig(config(options));

  /** Clients for {@code base} (e.g. an embedded API server) with the CLI's agent and timeouts. */
  static KubernetesClient forConfig(Config base) {
    return new KubernetesClientBuilder()
        .withConfig(
            new ConfigBuilder(base)
                .withUserAgent(USER_AGENT)
                // fail fast with one clear line instead of retrying for a minute
                .withRequestRetryBackoffLimit(1)
                .withConnectionTimeout(10_000)
                .withRequestTimeout(30_000)
                .build())
        .build();
  }

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
