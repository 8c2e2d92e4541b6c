package dev.stepwise.analysis.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.analysis.Measurements;
import dev.stepwise.analysis.StubServer;
import dev.stepwise.analysis.StubServer.Reply;
import dev.stepwise.analysis.http.JdkHttpTransport;
import dev.stepwise.domain.analysis.Observation;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PrometheusProviderTest {
  private final StubServer stub = new StubServer();
  private final Measurements m = new Measurements();
  private final PrometheusProvider provider =
      new PrometheusProvider(new JdkHttpTransport(), Map.of());

  @AfterEach
  void close() {
    stub.close();
  }

  private String config(String extra) {
    return "{\"address\":\"" + stub.url() + "\",\"query\":\"sum(rate(x[5m]))\"" + extra + "}";
  }

  @Test
  void instantVectorIsPostedAsAFormAndBindsAListOfDoubles() {
    stub.answer(
        r ->
            Reply.json(
                "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                    + "{\"metric\":{\"pod\":\"a\"},\"value\":[1764237600.1,\"0.99\"]},"
                    + "{\"metric\":{\"pod\":\"b\"},\"value\":[1764237600.1,\"0.98\"]}]}}"));

    Observation o =
        provider.run(
            m.request(config(",\"headers\":[{\"key\":\"X-Scope-OrgID\",\"value\":\"team-a\"}]")));

    assertThat(o.kind()).isEqualTo(Observation.Kind.RESULT);
    assertThat(o.result()).isEqualTo(List.of(0.99, 0.98));
    assertThat(o.value()).isEqualTo("[0.99,0.98]");
    StubServer.Recorded r = stub.only();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/api/v1/query");
    assertThat(r.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(r.header("X-Scope-OrgID")).isEqualTo("team-a");
    assertThat(r.form())
        .containsEntry("query", "sum(rate(x[5m]))")
        .containsEntry("time", Long.toString(Measurements.NOW.getEpochSecond()));
  }

  @Test
  void scalarBindsADoubleAndMatrixIsFlattened() {
    stub.answer(
        r ->
            Reply.json(
                "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\","
                    + "\"result\":[1764237600,\"42.5\"]}}"));
    Observation scalar = provider.run(m.request(config("")));
    assertThat(scalar.result()).isEqualTo(42.5);
    assertThat(scalar.value()).isEqualTo("42.5");

    stub.answer(
        r ->
            Reply.json(
                "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["
                    + "{\"metric\":{},\"values\":[[1,\"1\"],[2,\"NaN\"]]},"
                    + "{\"metric\":{},\"values\":[[1,\"3\"]]}]}}"));
    Observation matrix = provider.run(m.request(config("")));
    assertThat((List<?>) matrix.result()).hasSize(3);
    assertThat(((Double) ((List<?>) matrix.result()).get(1)).isNaN()).isTrue();
    assertThat(matrix.value()).isEqualTo("[1,NaN,3]");
  }

  @Test
  void rangeQueryPostsStartEndAndStepToQueryRange() {
    stub.answer(
        r ->
            Reply.json(
                "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]},"
                    + "\"warnings\":[\"slow query\"]}"));
    Observation o =
        provider.run(
            m.request(
                config(
                    ",\"rangeQuery\":{\"start\":\"now() - duration(\\\"5m\\\")\","
                        + "\"end\":\"now()\",\"step\":\"1m\"}")));
    assertThat(o.result()).isEqualTo(List.of());
    assertThat(o.metadata()).containsEntry("warnings", "slow query");
    StubServer.Recorded r = stub.only();
    assertThat(r.path()).isEqualTo("/api/v1/query_range");
    long now = Measurements.NOW.getEpochSecond();
    assertThat(r.form())
        .containsEntry("start", Long.toString(now - 300))
        .containsEntry("end", Long.toString(now))
        .containsEntry("step", "60");
  }

  @Test
  void methodNotAllowedFallsBackToGetWithTheSameParameters() {
    stub.answer(
        r ->
            r.method().equals("POST")
                ? Reply.status(405, "")
                : Reply.json(
                    "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\","
                        + "\"result\":[1,\"1\"]}}"));
    Observation o = provider.run(m.request(config("")));
    assertThat(o.result()).isEqualTo(1.0);
    assertThat(stub.requests()).hasSize(2);
    assertThat(stub.requests().get(1).method()).isEqualTo("GET");
    assertThat(stub.requests().get(1).query()).containsEntry("query", "sum(rate(x[5m]))");
  }

  @Test
  void basicAuthAndOAuth2SetTheAuthorizationHeader() {
    stub.answer(
        r ->
            r.path().equals("/token")
                ? Reply.json("{\"access_token\":\"tok-123\",\"token_type\":\"bearer\"}")
                : Reply.json(
                    "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\","
                        + "\"result\":[1,\"1\"]}}"));
    provider.run(
        m.request(
            config(
                ",\"authentication\":{\"basicAuth\":{\"username\":\"u\",\"password\":\"p4ss\"}}")));
    assertThat(stub.only().header("Authorization"))
        .isEqualTo("Basic " + Base64.getEncoder().encodeToString("u:p4ss".getBytes()));

    StubServer stub2 = stub;
    provider.run(
        m.request(
            config(
                ",\"authentication\":{\"oauth2\":{\"tokenUrl\":\""
                    + stub2.url()
                    + "/token\",\"clientId\":\"cid\",\"clientSecret\":\"s3cr3t\","
                    + "\"scopes\":[\"read\",\"write\"]}}")));
    List<StubServer.Recorded> all = stub.requests();
    StubServer.Recorded token = all.get(1);
    assertThat(token.path()).isEqualTo("/token");
    assertThat(token.form())
        .containsEntry("grant_type", "client_credentials")
        .containsEntry("client_id", "cid")
        .containsEntry("client_secret", "s3cr3t")
        .containsEntry("scope", "read write");
    assertThat(all.get(2).header("Authorization")).isEqualTo("Bearer tok-123");
  }

  @Test
  void serverErrorsAreErrorsWithStatusAndNoSecret() {
    stub.answer(r -> Reply.status(503, "upstream down, auth was u:p4ss"));
    Observation o =
        provider.run(
            m.request(
                config(
                    ",\"authentication\":{\"basicAuth\":{\"username\":\"u\","
                        + "\"password\":\"p4ss\"}}")));
    assertThat(o.kind()).isEqualTo(Observation.Kind.ERROR);
    assertThat(o.message()).contains("503").contains("upstream down").doesNotContain("p4ss");
  }

  @Test
  void apiErrorsCarryPrometheusErrorTypeAndMessage() {
    stub.answer(
        r ->
            new Reply(
                400,
                "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error at 3\"}",
                "application/json",
                0));
    Observation o = provider.run(m.request(config("")));
    assertThat(o.message()).contains("bad_data").contains("parse error at 3");
  }

  @Test
  void garbageTimeoutAndBadAddressAreErrors() {
    stub.answer(r -> Reply.status(200, "<html>not prometheus</html>"));
    assertThat(provider.run(m.request(config(""))).message()).contains("not a JSON object");

    stub.answer(r -> Reply.json("{}").delayed(2500));
    Observation slow = provider.run(m.request(config(",\"timeout\":1")));
    assertThat(slow.kind()).isEqualTo(Observation.Kind.ERROR);
    assertThat(slow.message()).contains("timed out");

    stub.answer(
        r ->
            Reply.json(
                "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\","
                    + "\"result\":[[1,\"1\"]]}}"));
    assertThat(provider.run(m.request(config(""))).message()).contains("malformed series");

    Observation bad = provider.run(m.request("{\"address\":\"not a url\",\"query\":\"up\"}"));
    assertThat(bad.message()).contains("not an absolute URL");
  }

  @Test
  void addressFallsBackToTheEnvironment() {
    stub.answer(
        r ->
            Reply.json(
                "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\","
                    + "\"result\":[1,\"7\"]}}"));
    PrometheusProvider fromEnv =
        new PrometheusProvider(
            new JdkHttpTransport(), Map.of(PrometheusProvider.ADDRESS_ENV, stub.url()));
    assertThat(fromEnv.run(m.request("{\"query\":\"up\"}")).result()).isEqualTo(7.0);
  }

  @Test
  void unsupportedResultTypesAndSigV4AreClearErrors() {
    stub.answer(
        r ->
            Reply.json(
                "{\"status\":\"success\",\"data\":{\"resultType\":\"string\","
                    + "\"result\":[1,\"x\"]}}"));
    assertThat(provider.run(m.request(config(""))).message())
        .contains("Prometheus metric type not supported");
    Observation sig =
        provider.run(
            m.request(
                "{\"address\":\"https://aps-workspaces.us-east-1.amazonaws.com/x\","
                    + "\"query\":\"up\",\"authentication\":{\"sigv4\":{\"region\":\"us-east-1\"}}}"));
    assertThat(sig.message()).contains("sigv4").contains("not supported by Stepwise");
  }
}
