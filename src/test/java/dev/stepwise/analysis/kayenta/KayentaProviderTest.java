package dev.stepwise.analysis.kayenta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.analysis.MeasurementRequest;
import dev.stepwise.analysis.Measurements;
import dev.stepwise.analysis.StubServer;
import dev.stepwise.analysis.StubServer.Reply;
import dev.stepwise.analysis.http.JdkHttpTransport;
import dev.stepwise.analysis.http.Json;
import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.Observation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KayentaProviderTest {
  private final StubServer stub = new StubServer();
  private final Measurements m = new Measurements();
  private final KayentaProvider provider =
      new KayentaProvider(new JdkHttpTransport(), Duration.ofSeconds(1));

  @AfterEach
  void close() {
    stub.close();
  }

  private MeasurementRequest request(String extra) {
    return m.request(
        "{\"address\":\""
            + stub.url()
            + "\",\"application\":\"guestbook\",\"canaryConfigName\":\"my-test\","
            + "\"metricsAccountName\":\"wavefront-acc\",\"configurationAccountName\":\"cfg-acc\","
            + "\"storageAccountName\":\"gcs-acc\",\"threshold\":{\"pass\":90,\"marginal\":75},"
            + "\"scopes\":[{\"name\":\"default\",\"controlScope\":{\"scope\":\"app=guestbook and"
            + " rollouts-pod-template-hash=abc\",\"step\":60},\"experimentScope\":{\"scope\":"
            + "\"app=guestbook and rollouts-pod-template-hash=def\",\"region\":\"us-east\","
            + "\"step\":60}}]"
            + extra
            + "}");
  }

  @Test
  void runLooksUpTheConfigStartsAJudgementAndAsksToBeResumed() {
    stub.answer(
        r ->
            switch (r.path()) {
              case "/canaryConfig" ->
                  Reply.json(
                      "[{\"id\":\"other\",\"name\":\"x\"},{\"id\":\"cfg-42\",\"name\":\"my-test\"}]");
              case "/canary/cfg-42" -> Reply.json("{\"canaryExecutionId\":\"exec-7\"}");
              default -> Reply.status(404, "");
            });
    Observation o = provider.run(request(""));
    assertThat(o.kind()).isEqualTo(Observation.Kind.RUNNING);
    assertThat(o.metadata()).containsEntry("canaryExecutionId", "exec-7");
    assertThat(o.resumeAt()).isEqualTo(Measurements.NOW.plusSeconds(15));

    StubServer.Recorded lookup = stub.requests().get(0);
    assertThat(lookup.method()).isEqualTo("GET");
    assertThat(lookup.query())
        .containsEntry("application", "guestbook")
        .containsEntry("configurationAccountName", "gcs-acc");
    StubServer.Recorded start = stub.requests().get(1);
    assertThat(start.method()).isEqualTo("POST");
    assertThat(start.query())
        .isEqualTo(
            Map.of(
                "application", "guestbook",
                "metricsAccountName", "wavefront-acc",
                "configurationAccountName", "cfg-acc",
                "storageAccountName", "gcs-acc"));
    assertThat(start.header("Content-Type")).isEqualTo("application/json");
    Map<?, ?> body = (Map<?, ?>) Json.parse(start.body()).orElseThrow().value();
    assertThat(body.get("thresholds")).isEqualTo(Map.of("pass", 90.0, "marginal", 75.0));
    Map<?, ?> scope = (Map<?, ?>) ((Map<?, ?>) body.get("scopes")).get("default");
    assertThat(scope.get("experimentScope"))
        .isEqualTo(
            Map.of(
                "scope", "app=guestbook and rollouts-pod-template-hash=def",
                "location", "us-east",
                "step", 60.0,
                "start", "2026-11-27T09:55:00Z",
                "end", "2026-11-27T10:00:00Z"));
  }

  @Test
  void lookbackStartsTheWindowAtTheRunStart() {
    stub.answer(
        r ->
            r.path().equals("/canaryConfig")
                ? Reply.json("[{\"id\":\"cfg-42\",\"name\":\"my-test\"}]")
                : Reply.json("{\"canaryExecutionId\":\"exec-7\"}"));
    provider.run(request(",\"lookback\":true"));
    Map<?, ?> body = (Map<?, ?>) Json.parse(stub.requests().get(1).body()).orElseThrow().value();
    Map<?, ?> scope = (Map<?, ?>) ((Map<?, ?>) body.get("scopes")).get("default");
    assertThat(((Map<?, ?>) scope.get("controlScope")).get("start"))
        .isEqualTo("2026-11-27T09:50:00Z");
  }

  @Test
  void resumePollsUntilCompleteAndScoresAgainstThresholds() {
    Map<String, String> meta = Map.of("canaryExecutionId", "exec-7");
    stub.answer(r -> Reply.json("{\"complete\":false,\"status\":\"running\"}"));
    Observation running = provider.resume(request(""), meta);
    assertThat(running.kind()).isEqualTo(Observation.Kind.RUNNING);
    assertThat(running.resumeAt()).isEqualTo(Measurements.NOW.plusSeconds(15));
    assertThat(stub.only().path()).isEqualTo("/canary/exec-7");

    for (var c :
        List.of(
            List.of(95.0, AnalysisPhase.SUCCESSFUL),
            List.of(80.0, AnalysisPhase.INCONCLUSIVE),
            List.of(10.0, AnalysisPhase.FAILED))) {
      stub.answer(
          r ->
              Reply.json(
                  "{\"complete\":true,\"result\":{\"judgeResult\":{\"score\":{\"score\":"
                      + c.get(0)
                      + "}}}}"));
      Observation done = provider.resume(request(""), meta);
      assertThat(done.kind()).isEqualTo(Observation.Kind.DECIDED);
      assertThat(done.phase()).isEqualTo(c.get(1));
      assertThat(done.metadata()).containsEntry("canaryExecutionId", "exec-7");
    }
  }

  @Test
  void unknownConfigServerErrorsAndGarbageAreErrors() {
    stub.answer(r -> Reply.json("[{\"id\":\"cfg-1\",\"name\":\"nope\"}]"));
    assertThat(provider.run(request("")).message()).contains("canary config \"my-test\" not found");
    stub.answer(r -> Reply.status(500, "kayenta exploded"));
    assertThat(provider.run(request("")).message()).contains("500").contains("exploded");
    stub.answer(r -> Reply.status(200, "garbage"));
    assertThat(provider.resume(request(""), Map.of("canaryExecutionId", "e")).message())
        .contains("not a JSON object");
    stub.answer(r -> Reply.json("{\"complete\":true}"));
    assertThat(provider.resume(request(""), Map.of("canaryExecutionId", "e")).message())
        .contains("without a score");
    stub.answer(r -> Reply.json("[]").delayed(2500));
    assertThat(provider.run(request("")).message()).contains("timed out");
  }
}
