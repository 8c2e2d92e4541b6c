package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stepwise cluster}: the controller nodes, their membership status, and how many Rollout
 * entities each hosts, as one node's Pekko Management endpoint reports them ({@code GET
 * /stepwise/cluster}). In Kubernetes: {@code kubectl -n stepwise-system port-forward
 * deploy/stepwise-controller 8558} first.
 */
@Command(
    name = "cluster",
    description =
        "Show the controller cluster: members, their status and the rollouts each one hosts")
final class ClusterCommand extends CliCommand {
  @Option(
      names = "--url",
      defaultValue = "${STEPWISE_MANAGEMENT_URL:-http://127.0.0.1:8558}",
      description = "A controller's management endpoint (default: ${DEFAULT-VALUE})")
  String url;

  @Option(
      names = {"-o", "--output"},
      description = "Output format: table (default) or json")
  String output = "table";

  @Override
  void run() {
    String body = fetch(URI.create(url.replaceAll("/+$", "") + "/stepwise/cluster"));
    JsonNode status;
    try {
      status = Json.MAPPER.readTree(body);
    } catch (IOException e) {
      throw new CliException(url + " did not answer with the cluster status: " + e.getMessage());
    }
    if ("json".equals(output)) {
      cli().out().println(Json.write(status));
      return;
    }
    print(status);
  }

  private void print(JsonNode status) {
    String self = status.path("self").asText();
    String leader = status.path("leader").asText();
    TabWriter table = new TabWriter();
    table.row("MEMBER", "STATUS", "REACHABLE", "ROLLOUTS", "");
    int total = 0;
    for (JsonNode m : status.path("members")) {
      String address = m.path("address").asText();
      JsonNode rollouts = m.path("rollouts");
      if (rollouts.isInt()) {
        total += rollouts.asInt();
      }
      String notes =
          String.join(
                  " ",
                  address.equals(leader) ? "leader" : "",
                  address.equals(self) ? "(answered)" : "")
              .strip();
      table.row(
          address,
          m.path("status").asText(),
          m.path("reachable").asBoolean() ? "yes" : "no",
          rollouts.isInt() ? rollouts.asText() : "?",
          notes);
    }
    table.flush(cli().out());
    cli().out().println(status.path("members").size() + " members, " + total + " rollouts");
  }

  private String fetch(URI uri) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new CliException(
            uri + " answered " + response.statusCode() + ": " + response.body().strip());
      }
      return response.body();
    } catch (IOException e) {
      throw new CliException(
          "cannot reach the controller's management endpoint at "
              + url
              + " ("
              + e
              + "); is stepwise.management.enabled on, and the port forwarded?");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted");
    }
  }
}
