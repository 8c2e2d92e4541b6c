package dev.stepwise.app;

import static dev.stepwise.app.AnalysisRuns.awaitCompleted;
import static dev.stepwise.app.AnalysisRuns.measurements;
import static dev.stepwise.app.AnalysisRuns.metric;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * AnalysisRuns a user creates directly, measured by the controller against a JDK HttpServer (the
 * Web provider): measurements in status, Successful, Failed by failureLimit, Error by a broken
 * condition and by a missing Secret, spec.terminate, and Secret values kept out of status, logs and
 * the journal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisRunIT {
  private static final String SECRET_VALUE = "tok-7f3a9c1e-very-secret";

  @TempDir static Path dir;
  private ControllerHarness h;
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

  @BeforeAll
  void start() {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    logs.start();
    h = new ControllerHarness(dir);
  }

  @AfterAll
  void stop() {
    h.close();
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
  }

  static String webRun(String name, String url, String metricFields, String extraSpec) {
    return """
        apiVersion: argoproj.io/v1alpha1
        kind: AnalysisRun
        metadata:
          name: %s
        spec:
        %s
          metrics:
          - name: web
        %s
            provider:
              web:
                url: "%s"
                jsonPath: "{$.value}"
        """
        .formatted(
            name, extraSpec.indent(2).stripTrailing(), metricFields.indent(4).stripTrailing(), url);
  }

  @Test
  void aPassingWebMetricMeasuresCountTimesAndSucceeds() {
    aPassingWebMetricMeasuresCountTimesAndSucceeds("passing");
  }

  private void aPassingWebMetricMeasuresCountTimesAndSucceeds(String name) {
    try (var stub = new AnalysisRuns.Stub()) {
      stub.body.set("{\"value\": 1}");
      AnalysisRuns.create(
          h.client(),
          webRun(
              name, stub.url("/m"), "count: 3\ninterval: 1s\nsuccessCondition: result == 1", ""));
      Map<String, Object> s = awaitCompleted(h.client(), name);
      assertThat(s.get("phase")).isEqualTo("Successful");
      assertThat(metric(s, "web")).containsEntry("count", 3).containsEntry("successful", 3);
      assertThat(measurements(s, "web"))
          .hasSize(3)
          .allSatisfy(
              m -> assertThat(m).containsEntry("phase", "Successful").containsEntry("value", "1"));
      assertThat(stub.hits.get()).isEqualTo(3);
      assertThat(s.get("startedAt")).isNotNull();
    }
  }

  @Test
  void failuresBeyondTheFailureLimitFailTheRunWithUpstreamsMessage() {
    try (var stub = new AnalysisRuns.Stub()) {
      stub.body.set("{\"value\": 0}");
      AnalysisRuns.create(
          h.client(),
          webRun(
              "failing",
              stub.url("/m"),
              "count: 5\ninterval: 500ms\nfailureLimit: 1\nsuccessCondition: result == 1",
              ""));
      Map<String, Object> s = awaitCompleted(h.client(), "failing");
      assertThat(s.get("phase")).isEqualTo("Failed");
      assertThat((String) s.get("message"))
          .startsWith("Metric \"web\" assessed Failed due to failed (2) > failureLimit (1)");
      assertThat(metric(s, "web")).containsEntry("failed", 2).containsEntry("phase", "Failed");
    }
  }

  @Test
  void aBrokenConditionIsAnErrorMeasurementAndTheConsecutiveErrorLimitEndsTheRun() {
    try (var stub = new AnalysisRuns.Stub()) {
      stub.body.set("{\"value\": 1}");
      AnalysisRuns.create(
          h.client(),
          webRun(
              "broken",
              stub.url("/m"),
              "count: 3\ninterval: 1s\nconsecutiveErrorLimit: 0\nsuccessCondition: result ==",
              ""));
      Map<String, Object> s = awaitCompleted(h.client(), "broken");
      assertThat(s.get("phase")).isEqualTo("Error");
      assertThat((String) s.get("message"))
          .startsWith(
              "Metric \"web\" assessed Error due to consecutiveErrors (1) > consecutiveErrorLimit"
                  + " (0)");
      assertThat(measurements(s, "web"))
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m).containsEntry("phase", "Error");
                assertThat((String) m.get("message")).isNotBlank();
              });
      assertThat(metric(s, "web")).containsEntry("error", 1).containsEntry("consecutiveError", 1);
    }
  }

  @Test
  void aProviderAnswering5xxOrGarbageIsAnErrorMeasurementAndTheControllerStaysUp() {
    try (var failing = new AnalysisRuns.Stub();
        var garbage = new AnalysisRuns.Stub()) {
      failing.code.set(503);
      failing.body.set("overloaded");
      garbage.body.set("<html>not json</html>");
      String fields =
          "count: 2\ninterval: 1s\nconsecutiveErrorLimit: 0\nsuccessCondition: result == 1";
      AnalysisRuns.create(h.client(), webRun("five-hundred", failing.url("/m"), fields, ""));
      AnalysisRuns.create(h.client(), webRun("garbage", garbage.url("/m"), fields, ""));
      Map<String, Object> s5 = awaitCompleted(h.client(), "five-hundred");
      Map<String, Object> sg = awaitCompleted(h.client(), "garbage");
      assertThat(s5).containsEntry("phase", "Error");
      assertThat(measurements(s5, "web"))
          .singleElement()
          .satisfies(
              m ->
                  assertThat((String) m.get("message")).contains("received non 2xx response code"));
      assertThat(sg).containsEntry("phase", "Error");
      assertThat(measurements(sg, "web"))
          .singleElement()
          .satisfies(m -> assertThat(m).containsEntry("phase", "Error"));
    }
    // the controller still measures other runs
    aPassingWebMetricMeasuresCountTimesAndSucceeds("after-errors");
  }

  @Test
  void aRunDeletedAndCreatedAgainUnderTheSameNameIsANewRun() {
    try (var stub = new AnalysisRuns.Stub()) {
      String fields = "successCondition: result == 1";
      stub.body.set("{\"value\": 1}");
      AnalysisRuns.create(h.client(), webRun("again", stub.url("/m"), fields, ""));
      assertThat(awaitCompleted(h.client(), "again")).containsEntry("phase", "Successful");
      h.client()
          .genericKubernetesResources(AnalysisRuns.CONTEXT)
          .inNamespace(ControllerHarness.NS)
          .withName("again")
          .delete();
      org.awaitility.Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> AnalysisRuns.get(h.client(), "again") == null);
      stub.body.set("{\"value\": 0}");
      AnalysisRuns.create(h.client(), webRun("again", stub.url("/m"), fields, ""));
      Map<String, Object> s = awaitCompleted(h.client(), "again");
      assertThat(s).containsEntry("phase", "Failed");
      assertThat(measurements(s, "web"))
          .singleElement()
          .satisfies(m -> assertThat(m).containsEntry("value", "0"));
      assertThat(stub.hits.get()).isEqualTo(2);
    }
  }

  @Test
  void aCompletedRunIsDeletedPerTtlStrategy() {
    try (var stub = new AnalysisRuns.Stub()) {
      stub.body.set("{\"value\": 1}");
      AnalysisRuns.create(
          h.client(),
          webRun(
              "short-lived",
              stub.url("/m"),
              "successCondition: result == 1",
              "ttlStrategy:\n  secondsAfterSuccess: 2"));
      assertThat(awaitCompleted(h.client(), "short-lived")).containsEntry("phase", "Successful");
      org.awaitility.Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> AnalysisRuns.get(h.client(), "short-lived") == null);
    }
  }

  @Test
  void aMissingSecretIsAnErrorNamingTheSecretNotItsValue() {
    try (var stub = new AnalysisRuns.Stub()) {
      stub.body.set("{\"value\": 1}");
      AnalysisRuns.create(
          h.client(),
          webRun(
              "nosecret",
              stub.url("/m?t={{args.token}}"),
              "count: 2\ninterval: 1s\nconsecutiveErrorLimit: 0\nsuccessCondition: result == 1",
              "args:\n- name: token\n  valueFrom:\n    secretKeyRef:\n      name: absent\n      key: t"));
      Map<String, Object> s = awaitCompleted(h.client(), "nosecret");
      assertThat(s.get("phase")).isEqualTo("Error");
      assertThat(measurements(s, "web"))
          .singleElement()
          .satisfies(m -> assertThat((String) m.get("message")).contains("\"absent\" not found"));
      assertThat(stub.hits.get()).isZero();
    }
  }

  @Test
  void aSecretArgumentReachesTheProviderButNeverStatusLogsOrTheJournal() throws IOException {
    h.client()
        .secrets()
        .inNamespace(ControllerHarness.NS)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("creds")
                .endMetadata()
                .withStringData(Map.of("token", SECRET_VALUE))
                .build())
        .create();
    try (var stub = new AnalysisRuns.Stub()) {
      // the provider echoes the token back, so the measured value itself holds the secret
      stub.body.set("{\"value\": \"" + SECRET_VALUE + "\"}");
      AnalysisRuns.create(
          h.client(),
          webRun(
              "secret",
              stub.url("/m?t={{args.token}}"),
              "count: 2\ninterval: 500ms\nsuccessCondition: result != \"\"",
              "args:\n- name: token\n  valueFrom:\n    secretKeyRef:\n      name: creds\n      key: token"));
      Map<String, Object> s = awaitCompleted(h.client(), "secret");
      assertThat(s.get("phase")).isEqualTo("Successful");
      assertThat(stub.hits.get()).isEqualTo(2);
      assertThat(measurements(s, "web"))
          .allSatisfy(m -> assertThat((String) m.get("value")).isEqualTo("\"*****\""));
      String object =
          h.client().getKubernetesSerialization().asJson(AnalysisRuns.get(h.client(), "secret"));
      assertThat(object).doesNotContain(SECRET_VALUE);
    }
    assertThat(logs.list).noneMatch(e -> e.getFormattedMessage().contains(SECRET_VALUE));
    assertThat(journalBytesContain(SECRET_VALUE)).isFalse();
  }

  @Test
  void specTerminateEndsARunSuccessfullyAsRunTerminated() {
    try (var stub = new AnalysisRuns.Stub()) {
      stub.body.set("{\"value\": 1}");
      // an interval without a count measures until terminated
      AnalysisRuns.create(
          h.client(),
          webRun("endless", stub.url("/m"), "interval: 500ms\nsuccessCondition: result == 1", ""));
      AnalysisRuns.awaitStatus(
          h.client(),
          "endless",
          Duration.ofSeconds(30),
          st -> st.get("metricResults") != null && (int) metric(st, "web").get("count") >= 2);
      AnalysisRuns.patchSpec(h.client(), "endless", "{\"spec\":{\"terminate\":true}}");
      Map<String, Object> s = awaitCompleted(h.client(), "endless");
      assertThat(s.get("phase")).isEqualTo("Successful");
      assertThat(s.get("message")).isEqualTo("Run Terminated");
      int hits = stub.hits.get();
      sleep(Duration.ofSeconds(2));
      assertThat(stub.hits.get()).as("no measurement after the run completed").isEqualTo(hits);
    }
  }

  private boolean journalBytesContain(String text) throws IOException {
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (indexOf(Files.readAllBytes(f), needle) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
