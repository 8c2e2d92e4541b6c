package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.ConfigBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class UnreachableApiIT {
  @Test
  void anUnreachableApiServerIsOneClearLine() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    String url = "http://127.0.0.1:" + port;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new StepwiseCli(new PrintWriter(out), new PrintWriter(err))
            .withClientFactory(
                options ->
                    ClientFactory.forConfig(
                        new ConfigBuilder()
                            .withMasterUrl(url)
                            .withRequestRetryBackoffLimit(0)
                            .build()))
            .execute("-n", "default", "abort", "ro");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .startsWith("Error: cannot reach the Kubernetes API server");
    assertThat(out.toString()).isEmpty();
  }
}
