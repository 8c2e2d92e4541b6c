package dev.stepwise.cli;

import io.fabric8.kubernetes.client.KubernetesClientException;

/** Turns exceptions into the one line the CLI prints, never a stack trace. */
final class Errors {
  private Errors() {}

  static String describe(Throwable e) {
    if (e instanceof CliException) {
      return e.getMessage();
    }
    if (e instanceof KubernetesClientException k) {
      return describeKube(k);
    }
    Throwable root = rootCause(e);
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return firstLine(message);
  }

  private static String describeKube(KubernetesClientException e) {
    Throwable root = rootCause(e);
    // code 0 or -1: no HTTP response at all (refused, unknown host, TLS failure, timeout)
    if (e.getCode() <= 0 && root != e) {
      return "cannot reach the Kubernetes API server: "
          + firstLine(String.valueOf(root.getMessage()));
    }
    if (e.getStatus() != null && e.getStatus().getMessage() != null) {
      return firstLine(e.getStatus().getMessage());
    }
    return firstLine(String.valueOf(e.getMessage()));
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
