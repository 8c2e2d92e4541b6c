package dev.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.sandbox.RequestInterceptor.Request;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiLedgerTest {
  private final ApiLedger ledger = new ApiLedger("stepwise-cli/", "stepwise-bench");

  private static Request req(String agent, String method, String path, String body) {
    return new Request(method, path, "", Map.of("user-agent", agent), body);
  }

  @Test
  void countsOnlyTheControllersWritesByKind() {
    String rs = "/apis/apps/v1/namespaces/default/replicasets";
    String ro = "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts/bench-00001";
    ledger.intercept(
        req("stepwise-cli/1.0", "POST", rs, "{\"metadata\":{\"name\":\"bench-00001-abc\"}}"));
    ledger.intercept(req("stepwise-cli/1.0", "PATCH", rs + "/bench-00001-old", "{}"));
    ledger.intercept(req("stepwise-cli/1.0", "PATCH", ro + "/status", "{}"));
    ledger.intercept(req("stepwise-cli/1.0", "POST", "/api/v1/namespaces/default/events", "{}"));
    ledger.intercept(req("stepwise-cli/1.0", "GET", rs, ""));
    ledger.intercept(req("fabric8-kubernetes-client/7", "POST", rs, "{}")); // the simulator

    var w = ledger.writes();
    assertThat(w.get(ApiLedger.Kind.REPLICASET_CREATE)).isEqualTo(1);
    assertThat(w.get(ApiLedger.Kind.REPLICASET_UPDATE)).isEqualTo(1);
    assertThat(w.get(ApiLedger.Kind.ROLLOUT_STATUS)).isEqualTo(1);
    assertThat(w.get(ApiLedger.Kind.EVENT)).isEqualTo(1);
    assertThat(ledger.reads()).isEqualTo(1);
  }

  @Test
  void timesASpecChangeToTheFirstReplicaSetWriteOfThatRolloutOnly() {
    String ro = "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts/";
    String rs = "/apis/apps/v1/namespaces/default/replicasets";
    ledger.intercept(req("stepwise-bench", "PATCH", ro + "bench-00001", "{}"));
    ledger.intercept(req("stepwise-bench", "PATCH", ro + "bench-00002", "{}"));
    // a write for another rollout, then two for bench-00001: only the first counts
    ledger.intercept(
        req("stepwise-cli/1", "POST", rs, "{\"metadata\":{\"name\":\"bench-00003-x\"}}"));
    ledger.intercept(
        req("stepwise-cli/1", "POST", rs, "{\"metadata\":{\"name\":\"bench-00001-x\"}}"));
    ledger.intercept(req("stepwise-cli/1", "PATCH", rs + "/bench-00001-y", "{}"));

    assertThat(ledger.latencies().count()).isEqualTo(1);
    assertThat(ledger.unanswered()).isEqualTo(1); // bench-00002 is still waiting
  }

  @Test
  void percentilesUseTheNearestRank() {
    Latencies l = new Latencies();
    for (int i = 1; i <= 100; i++) {
      l.add(i * 1_000_000L);
    }
    assertThat(l.millis(0.5)).isEqualTo(50.0);
    assertThat(l.millis(0.99)).isEqualTo(99.0);
    assertThat(l.millis(1.0)).isEqualTo(100.0);
    assertThat(new Latencies().millis(0.5)).isNaN();
  }
}
