package dev.stepwise.ha;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The default deployment, one node on the H2 file journal, through the same scenario: killed with
 * SIGKILL while 30 rollouts wait at pauses, then started again. No regression of the default.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleNodeH2IT {
  private HaHarness h;

  @BeforeAll
  void start() throws Exception {
    h = new HaHarness("ha-single", 1, false);
    h.startAll();
  }

  @AfterAll
  void stop() {
    if (h != null) {
      h.close();
    }
  }

  @Test
  void killNineAndRestartTheOnlyNode() throws Exception {
    Fleet fleet = new Fleet(h.client, 30);
    FailoverScenario scenario = new FailoverScenario(h, fleet);
    scenario.createHealthy();
    scenario.updateToFirstPause("demo:green");
    HaNode node = h.nodes.get(0);
    var outcome =
        scenario.disruptAndFinish(
            () -> {
              node.kill();
              node.launch();
            });
    assertThat(outcome.hostsBefore()).hasSize(30).containsValue("node0");
    scenario.assertReplicaSetsCreatedOnce(2);
    HaClusterIT.report(
        "single node on H2, kill -9 and restart: kill -> every rollout acting again %d ms; timed"
            + " pauses ended at most %d ms after their deadline%n",
        outcome.slowest().toMillis(),
        outcome.lateness().values().stream().mapToLong(Duration::toMillis).max().orElse(0));
  }
}
