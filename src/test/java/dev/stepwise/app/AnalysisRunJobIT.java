package dev.stepwise.app;

import static dev.stepwise.app.AnalysisRuns.awaitCompleted;
import static dev.stepwise.app.AnalysisRuns.measurements;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Job metrics run by the controller in the sandbox, whose cluster simulator completes a Job (an
 * ordinary image) or fails it (an image named "fail").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisRunJobIT {
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

  private static String jobRun(String name, String image) {
    return """
        apiVersion: argoproj.io/v1alpha1
        kind: AnalysisRun
        metadata:
          name: %s
        spec:
          metrics:
          - name: smoke
            provider:
              job:
                spec:
                  backoffLimit: 0
                  template:
                    spec:
                      restartPolicy: Never
                      containers:
                      - name: check
                        image: %s
        """
        .formatted(name, image);
  }

  @Test
  void aCompletedJobIsASuccessfulRun() {
    AnalysisRuns.create(h.client(), jobRun("job-ok", "registry.local/smoke:1"));
    Map<String, Object> s = awaitCompleted(h.client(), "job-ok");
    assertThat(s.get("phase")).isEqualTo("Successful");
    assertThat(measurements(s, "smoke"))
        .singleElement()
        .satisfies(m -> assertThat(m).containsEntry("phase", "Successful"));
    assertThat(h.client().batch().v1().jobs().inNamespace(ControllerHarness.NS).list().getItems())
        .anySatisfy(j -> assertThat(j.getMetadata().getName()).startsWith(runUid("job-ok")));
  }

  @Test
  void aFailedJobIsAFailedRun() {
    AnalysisRuns.create(h.client(), jobRun("job-bad", "registry.local/fail:1"));
    Map<String, Object> s = awaitCompleted(h.client(), "job-bad");
    assertThat(s.get("phase")).isEqualTo("Failed");
    assertThat(measurements(s, "smoke"))
        .singleElement()
        .satisfies(m -> assertThat(m).containsEntry("phase", "Failed"));
  }

  @Test
  void jobsOfMeasurementsNoLongerKeptAreDeleted() {
    String run =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: AnalysisRun
        metadata:
          name: job-gc
        spec:
          measurementRetention:
          - metricName: smoke
            limit: 1
          metrics:
          - name: smoke
            count: 3
            interval: 1s
            provider:
              job:
                spec:
                  backoffLimit: 0
                  template:
                    spec:
                      restartPolicy: Never
                      containers:
                      - name: check
                        image: registry.local/smoke:1
        """;
    AnalysisRuns.create(h.client(), run);
    Map<String, Object> s = awaitCompleted(h.client(), "job-gc");
    assertThat(s.get("phase")).isEqualTo("Successful");
    String uid = runUid("job-gc");
    // three measurements, three Jobs created; only the newest is kept, as its measurement is
    assertThat(h.client().batch().v1().jobs().inNamespace(ControllerHarness.NS).list().getItems())
        .filteredOn(j -> j.getMetadata().getName().startsWith(uid))
        .singleElement()
        .satisfies(j -> assertThat(j.getMetadata().getName()).endsWith(".3"));
  }

  private String runUid(String name) {
    return AnalysisRuns.get(h.client(), name).getMetadata().getUid();
  }
}
