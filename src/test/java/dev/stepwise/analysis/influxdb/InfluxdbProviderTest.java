package dev.stepwise.analysis.influxdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.analysis.Measurements;
import dev.stepwise.analysis.StubServer;
import dev.stepwise.analysis.StubServer.Reply;
import dev.stepwise.analysis.http.JdkHttpTransport;
import dev.stepwise.analysis.http.Json;
import dev.stepwise.domain.analysis.Observation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InfluxdbProviderTest {
  private static final String TOKEN = "influx-token-XYZ";
  private static final String CSV =
      "#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,double,string\r\n"
          + "#group,false,false,true,true,false,false,true\r\n"
          + "#default,_result,,,,,,\r\n"
          + ",result,table,_start,_stop,_time,_value,_field\r\n"
          + ",,0,2026-11-27T09:55:00Z,2026-11-27T10:00:00Z,2026-11-27T09:56:00Z,0.5,errors\r\n"
          + ",,0,2026-11-27T09:55:00Z,2026-11-27T10:00:00Z,2026-11-27T09:57:00Z,0.25,errors\r\n"
          + "\r\n"
          + "#datatype,string,long,string,long\r\n"
          + "#group,false,false,true,false\r\n"
          + "#default,_result,,,\r\n"
          + ",result,table,_field,_value\r\n"
          + ",,1,count,\"7\"\r\n";

  private final StubServer stub = new StubServer();
  private final Measurements m = new Measurements();
  private final InfluxdbProvider provider =
      new InfluxdbProvider(new JdkHttpTransport(), Duration.ofSeconds(1));

  @AfterEach
  void close() {
    stub.close();
  }

  private void secret(String name) {
    m.secret(
        Measurements.CONTROLLER_NS,
        name,
        Map.of("authToken", TOKEN, "address", stub.url(), "org", "my org"));
  }

  @Test
  void postsFluxAndBindsEveryRowValue() {
    secret("influxdb");
    stub.answer(r -> new Reply(200, CSV, "text/csv; charset=utf-8", 0));
    Observation o = provider.run(m.request("{\"query\":\"from(bucket: \\\"app\\\")\"}"));
    assertThat(o.result()).isEqualTo(List.of(0.5, 0.25, 7L));
    assertThat(o.value()).isEqualTo("[0.5,0.25,7]");
    StubServer.Recorded r = stub.only();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/api/v2/query");
    assertThat(r.query()).containsEntry("org", "my org");
    assertThat(r.header("Authorization")).isEqualTo("Token " + TOKEN);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(Json.parse(r.body()).orElseThrow().value())
        .isEqualTo(
            Map.of(
                "query",
                "from(bucket: \"app\")",
                "type",
                "flux",
                "dialect",
                Map.of(
                    "annotations",
                    List.of("datatype", "group", "default"),
                    "delimiter",
                    ",",
                    "header",
                    true)));
  }

  @Test
  void profileSelectsAnotherSecret() {
    secret("influx-prod");
    stub.answer(r -> new Reply(200, CSV, "text/csv", 0));
    Observation o = provider.run(m.request("{\"profile\":\"influx-prod\",\"query\":\"q\"}"));
    assertThat(o.kind()).isEqualTo(Observation.Kind.RESULT);
  }

  @Test
  void emptyResultsInBandErrorsAndServerErrorsAreErrorsWithoutTheToken() {
    secret("influxdb");
    stub.answer(r -> new Reply(200, "\r\n", "text/csv", 0));
    assertThat(provider.run(m.request("{\"query\":\"q\"}")).message())
        .contains("no results returned");

    stub.answer(
        r ->
            new Reply(
                200,
                "#datatype,string,string\r\n#group,true,true\r\n#default,,\r\n,error,reference\r\n"
                    + ",\"failed to compile\",897\r\n",
                "text/csv",
                0));
    assertThat(provider.run(m.request("{\"query\":\"q\"}")).message())
        .contains("failed to compile");

    stub.answer(
        r ->
            new Reply(
                401,
                "{\"code\":\"unauthorized\",\"message\":\"bad token " + TOKEN + "\"}",
                "application/json",
                0));
    Observation unauthorized = provider.run(m.request("{\"query\":\"q\"}"));
    assertThat(unauthorized.message()).contains("401").doesNotContain(TOKEN);

    stub.answer(r -> new Reply(200, CSV, "text/csv", 2500));
    assertThat(provider.run(m.request("{\"query\":\"q\"}")).message()).contains("timed out");
  }

  @Test
  void missingSecretIsAnError() {
    Observation o = provider.run(m.request("{\"query\":\"q\"}"));
    assertThat(o.kind()).isEqualTo(Observation.Kind.ERROR);
    assertThat(o.message()).contains("secret \"influxdb\" not found");
  }
}
