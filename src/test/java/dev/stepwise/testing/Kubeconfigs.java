package dev.stepwise.testing;

/** Kubeconfigs for controllers the tests run in child processes. */
public final class Kubeconfigs {
  private Kubeconfigs() {}

  /**
   * A kubeconfig for {@code server} whose user authenticates with {@code token}, so a test can tell
   * that process's requests apart from its own.
   */
  public static String withToken(String server, String token) {
    return """
        apiVersion: v1
        kind: Config
        clusters:
        - name: sandbox
          cluster:
            server: %s
        contexts:
        - name: controller
          context:
            cluster: sandbox
            user: controller
            namespace: default
        current-context: controller
        users:
        - name: controller
          user:
            token: %s
        """
        .formatted(server, token);
  }
}
