package dev.stepwise.app;

import static dev.stepwise.app.AnalysisRuns.awaitCompleted;
import static dev.stepwise.app.AnalysisRuns.measurements;
import static dev.stepwise.app.AnalysisRuns.metric;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A controller restart in the middle of a run: the run resumes from its journal at its next due
 * measurement, keeps the measurements it had and ends with exactly {@code count} of them.
 */
class AnalysisRunRestartIT {
  @TempDir Path dir;

  @Test
  void aRestartedControllerContinuesTheRunWithoutStartingOver() {
    try (var h = new ControllerHarness(dir);
        var stub = new AnalysisRuns.Stub()) {
      stub.body.set("{\"value\": 1}");
      AnalysisRuns.create(
          h.client(),
          AnalysisRunIT.webRun(
              "survivor",
              stub.url("/m"),
              "count: 3\ninterval: 2s\nsuccessCondition: result == 1",
              ""));
      Map<String, Object> before =
          AnalysisRuns.awaitStatus(
              h.client(),
              "survivor",
              Duration.ofSeconds(30),
              s -> s.get("metricResults") != null && (int) metric(s, "web").get("count") == 1);
      h.stopController();
      int hitsWhileUp = stub.hits.get();
      AnalysisRunIT.sleep(Duration.ofSeconds(3));
      assertThat(stub.hits.get())
          .as("nothing measures while the controller is down")
          .isEqualTo(hitsWhileUp);
      h.startController();

      Map<String, Object> s = awaitCompleted(h.client(), "survivor");
      assertThat(s).containsEntry("phase", "Successful");
      List<Map<String, Object>> ms = measurements(s, "web");
      assertThat(ms).hasSize(3);
      assertThat(metric(s, "web")).containsEntry("count", 3);
      assertThat(stub.hits.get()).as("exactly count provider calls over both lives").isEqualTo(3);
      // the first measurement is the one taken before the restart, not a new one
      assertThat(ms.get(0).get("startedAt"))
          .isEqualTo(measurements(before, "web").get(0).get("startedAt"));
      assertThat(s.get("startedAt")).isEqualTo(before.get("startedAt"));
    }
  }
}
