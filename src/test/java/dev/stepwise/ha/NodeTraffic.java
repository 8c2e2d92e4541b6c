package dev.stepwise.ha;

import dev.stepwise.sandbox.RequestInterceptor;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every write the controller nodes send to the sandbox API server, attributed to the node
 * by its own bearer token ({@code ha-<node>}), for "who drove which rollout when".
 */
final class NodeTraffic implements RequestInterceptor {
  static final String TOKEN_PREFIX = "ha-";

  record Write(Instant at, String node, String method, String path, String body) {
    /** True when a ReplicaSet was created (POST to the replicasets collection). */
    boolean createsReplicaSet() {
      return method.equals("POST") && path.endsWith("/replicasets");
    }
  }

  private final List<Write> writes = new CopyOnWriteArrayList<>();

  @Override
  public Action intercept(Request request) {
    String auth = request.header("authorization");
    if (request.isWrite() && auth != null && auth.startsWith("Bearer " + TOKEN_PREFIX)) {
      writes.add(
          new Write(
              Instant.now(),
              auth.substring(("Bearer " + TOKEN_PREFIX).length()),
              request.method(),
              request.path(),
              request.body()));
    }
    return Action.PASS;
  }

  List<Write> writes() {
    return List.copyOf(writes);
  }

  /** Writes by {@code node} at or after {@code from}. */
  List<Write> by(String node, Instant from) {
    return writes.stream().filter(w -> w.node().equals(node) && !w.at().isBefore(from)).toList();
  }
}
