package dev.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * progressDeadlineSeconds through the real controller and its timers: a canary whose image never
 * becomes ready times out (Degraded, ProgressDeadlineExceeded), and with progressDeadlineAbort the
 * update is also aborted back to the stable revision.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressDeadlineIT {
  @TempDir static Path dir;
  private ControllerHarness h;

  @BeforeAll
  void start() {
    h = new ControllerHarness(dir);
  }

  @AfterAll
  void stop() {
    h.close();
  }

  private void create(String name, boolean abort) {
    h.create(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata:
          name: %1$s
        spec:
          replicas: 2
          progressDeadlineSeconds: 3
          progressDeadlineAbort: %2$s
          selector:
            matchLabels:
              app: %1$s
          template:
            metadata:
              labels:
                app: %1$s
            spec:
              containers:
              - name: app
                image: demo:blue
          strategy:
            canary:
              steps:
              - setWeight: 50
              - pause: {}
        """
            .formatted(name, abort));
  }

  @Test
  void aStuckCanaryTimesOutAndRecoversWhenFixed() {
    create("stuck", false);
    String stable = h.awaitFirstHealthy("stuck");
    h.setImage("stuck", "demo:bad");
    h.awaitStatus(
        "stuck",
        s ->
            "Degraded".equals(s.get("phase"))
                && String.valueOf(s.get("message"))
                    .startsWith("ProgressDeadlineExceeded: ReplicaSet"));
    assertThat(h.status("stuck").get("abort")).isNull();

    h.setImage("stuck", "demo:green"); // a fixed image makes progress again
    h.awaitStatus(
        "stuck",
        s -> "Paused".equals(s.get("phase")) && "CanaryPauseStep".equals(s.get("message")));
    assertThat(h.status("stuck").get("stableRS")).isEqualTo(stable);
  }

  @Test
  void withProgressDeadlineAbortTheUpdateIsAborted() {
    create("doomed", true);
    String stable = h.awaitFirstHealthy("doomed");
    h.setImage("doomed", "demo:bad");
    h.awaitStatus(
        "doomed",
        s ->
            "Degraded".equals(s.get("phase"))
                && Boolean.TRUE.equals(s.get("abort"))
                && String.valueOf(s.get("message"))
                    .startsWith("RolloutAborted: Rollout aborted update to revision 2"));
    h.awaitStatus("doomed", s -> h.replicaSets("doomed").get("doomed-" + stable) == 2);
  }
}
