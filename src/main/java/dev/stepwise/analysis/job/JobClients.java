package dev.stepwise.analysis.job;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Upstream's {@value #KUBECONFIG_ENV}: {@code in-cluster} or a kubeconfig path makes analysis Jobs
 * run in another cluster. Unset or empty keeps the controller's own client.
 */
public final class JobClients {
  public static final String KUBECONFIG_ENV = "ARGO_ROLLOUTS_ANALYSIS_JOB_KUBECONFIG";

  private JobClients() {}

  /** The client for Jobs; the given one unless the env names another cluster. */
  public static KubernetesClient forEnv(KubernetesClient own, Map<String, String> env) {
    String where = env.get(KUBECONFIG_ENV);
    if (where == null || where.isBlank()) {
      return own;
    }
    Config config;
    if (where.equals("in-cluster")) {
      config = Config.autoConfigure(null);
    } else {
      try {
        config = Config.fromKubeconfig(Files.readString(Path.of(where)));
      } catch (IOException e) {
        // a misconfigured controller must say so at start-up, not at the first measurement
        throw new IllegalStateException(KUBECONFIG_ENV + ": cannot read " + where + ": " + e, e);
      }
    }
    return new KubernetesClientBuilder().withConfig(config).build();
  }
}
