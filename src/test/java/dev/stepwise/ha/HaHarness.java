package dev.stepwise.ha;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import dev.stepwise.bench.PostgresServer;
import dev.stepwise.entity.StepwiseSystem;
import dev.stepwise.sandbox.ClusterSimulator;
import dev.stepwise.sandbox.RequestInterceptor;
import dev.stepwise.sandbox.Sandbox;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The world of a multi-process test: a sandbox API server in this JVM, optionally a PostgreSQL
 * server, and controller nodes as child JVMs, each with its own token so its writes can be told
 * apart.
 */
final class HaHarness implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  final Path dir;
  final Sandbox sandbox;
  final KubernetesClient client;
  final NodeTraffic traffic = new NodeTraffic();
  final List<HaNode> nodes = new ArrayList<>();
  final PostgresServer postgres;
  private final List<ElasticRelay> relays = new ArrayList<>();
  private final Map<String, Integer> replicaSetAdds = new ConcurrentHashMap<>();
  private final Watch replicaSetWatch;

  HaHarness(String name, int nodeCount, boolean usePostgres) throws IOException {
    dir = Files.createTempDirectory(Path.of("target"), name + "-");
    sandbox =
        Sandbox.start(
            new Sandbox.Options(
                dir,
                0,
                upstreamCrds(),
                ClusterSimulator.Settings.defaults().withReadyDelay(Duration.ofMillis(200))));
    client = sandbox.server().newClient();
    sandbox.server().intercept(traffic);
    replicaSetWatch =
        client
            .apps()
            .replicaSets()
            .inNamespace(Fleet.NS)
            .watch(
                new Watcher<>() {
                  @Override
                  public void eventReceived(Action action, ReplicaSet rs) {
                    if (action == Action.ADDED) {
                      replicaSetAdds.merge(rs.getMetadata().getName(), 1, Integer::sum);
                    }
                  }

                  @Override
                  public void onClose(WatcherException cause) {}
                });
    postgres = usePostgres ? PostgresServer.start() : null;
    List<Integer> clusterPorts = new ArrayList<>();
    for (int i = 0; i < nodeCount; i++) {
      clusterPorts.add(PostgresServer.freePort());
    }
    String seeds =
        String.join(
            ",", clusterPorts.stream().map(p -> "pekko://stepwise@127.0.0.1:" + p).toList());
    for (int i = 0; i < nodeCount; i++) {
      String node = "node" + i;
      Map<String, String> env = new HashMap<>();
      List<String> props = new ArrayList<>();
      if (nodeCount > 1) {
        env.put("STEPWISE_SEED_NODES", seeds);
      }
      if (postgres != null) {
        env.put("STEPWISE_JOURNAL_URL", postgres.jdbcUrl());
        env.put("STEPWISE_JOURNAL_USER", PostgresServer.USER);
      }
      nodes.add(
          new HaNode(
              node,
              writeKubeconfig(node),
              dir,
              env,
              props,
              clusterPorts.get(i),
              PostgresServer.freePort()));
    }
  }

  /** The journal config the nodes use, for reading the journal from the test. */
  Config journalConfig() {
    Config overrides =
        ConfigFactory.empty()
            .withValue(
                "stepwise.data-dir",
                ConfigValueFactory.fromAnyRef(dir.resolve("data").toAbsolutePath().toString()));
    if (postgres != null) {
      overrides =
          overrides
              .withValue("stepwise.journal.url", ConfigValueFactory.fromAnyRef(postgres.jdbcUrl()))
              .withValue(
                  "stepwise.journal.user", ConfigValueFactory.fromAnyRef(PostgresServer.USER));
    }
    return StepwiseSystem.loadConfig(overrides);
  }

  /** Starts every node (in parallel: they form the cluster together) and waits for all. */
  void startAll() {
    nodes.forEach(HaNode::launch);
    nodes.forEach(HaNode::awaitReady);
    awaitMembers(nodes.get(0), nodes.size());
  }

  /** Waits until {@code node} sees exactly {@code count} members, all Up and reachable. */
  void awaitMembers(HaNode node, int count) {
    await(node.name + " sees " + count + " members Up")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              JsonNode status = clusterStatus(node);
              if (status == null || status.path("members").size() != count) {
                return false;
              }
              for (JsonNode m : status.path("members")) {
                if (!m.path("status").asText().equals("Up") || !m.path("reachable").asBoolean()) {
                  return false;
                }
              }
              return true;
            });
  }

  /** {@code GET /stepwise/cluster} of a node, or null when it does not answer. */
  JsonNode clusterStatus(HaNode node) {
    String body = node.get("/stepwise/cluster");
    try {
      return body == null ? null : JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  /** Which node hosts which rollout entity now (entity id "default/ro-07" → node name). */
  Map<String, String> hosts() {
    Map<String, String> hosts = new HashMap<>();
    for (HaNode node : nodes) {
      if (!node.isAlive()) {
        continue;
      }
      JsonNode status = clusterStatus(node);
      if (status != null) {
        status.path("hostedHere").forEach(id -> hosts.put(id.asText(), node.name));
      }
    }
    return hosts;
  }

  /** How many times each ReplicaSet name was added (created) in the test namespace. */
  Map<String, Integer> replicaSetAdds() {
    return Map.copyOf(replicaSetAdds);
  }

  private Path writeKubeconfig(String node) throws IOException {
    String yaml =
        dev.stepwise.testing.Kubeconfigs.withToken(apiUrlFor(), NodeTraffic.TOKEN_PREFIX + node);
    return Files.writeString(dir.resolve(node + "-kubeconfig"), yaml);
  }

  /** Each node reaches the API server through a relay of its own (see {@link ElasticRelay}). */
  private String apiUrlFor() throws IOException {
    java.net.URI api = java.net.URI.create(sandbox.server().url());
    ElasticRelay relay = new ElasticRelay(api.getPort());
    relays.add(relay);
    return api.getScheme() + "://127.0.0.1:" + relay.port();
  }

  static List<Path> upstreamCrds() {
    Path crds = Path.of(System.getProperty("stepwise.shared", "../shared"), "argo", "crds");
    try (Stream<Path> files = Files.list(crds)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    nodes.forEach(HaNode::close);
    relays.forEach(ElasticRelay::close);
    replicaSetWatch.close();
    sandbox.server().intercept(RequestInterceptor.NONE);
    sandbox.close();
    if (postgres != null) {
      postgres.close();
    }
  }
}
