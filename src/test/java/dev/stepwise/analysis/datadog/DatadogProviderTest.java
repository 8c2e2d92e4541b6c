package dev.stepwise.analysis.datadog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.analysis.Measurements;
import dev.stepwise.analysis.StubServer;
import dev.stepwise.analysis.StubServer.Reply;
import dev.stepwise.analysis.http.JdkHttpTransport;
import dev.stepwise.analysis.http.Json;
import dev.stepwise.domain.analysis.Observation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatadogProviderTest {
  private static final String API_KEY = "dd-api-key-0123456789";
  private static final String APP_KEY = "dd-app-key-9876543210";
  private static final long NOW_S = Measurements.NOW.getEpochSecond();

  private final StubServer stub = new StubServer();
  private final Measurements m = new Measurements();

  @AfterEach
  void close() {
    stub.close();
  }

  private DatadogProvider provider(Map<String, String> env) {
    return new DatadogProvider(new JdkHttpTransport(), env);
  }

  private void defaultSecret() {
    m.secret(
        Measurements.CONTROLLER_NS,
        "datadog",
        Map.of("address", stub.url(), "api-key", API_KEY, "app-key", APP_KEY));
  }

  @Test
  void v1QueriesTheLookbackWindowAndBindsTheLastPointOfTheFirstSeries() {
    defaultSecret();
    stub.answer(
        r ->
            Reply.json(
                "{\"status\":\"ok\",\"series\":[{\"metric\":\"m\",\"pointlist\":"
                    + "[[1764237000000,0.5],[1764237060000,0.0042]]}]}"));
    Observation o =
        provider(Map.of()).run(m.request("{\"interval\":\"10m\",\"query\":\"avg:errors{svc:a}\"}"));
    assertThat(o.result()).isEqualTo(0.0042);
    assertThat(o.value()).isEqualTo("0.0042");
    StubServer.Recorded r = stub.only();
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.path()).isEqualTo("/api/v1/query");
    assertThat(r.query())
        .containsEntry("query", "avg:errors{svc:a}")
        .containsEntry("from", Long.toString(NOW_S - 600))
        .containsEntry("to", Long.toString(NOW_S));
    assertThat(r.header("DD-API-KEY")).isEqualTo(API_KEY);
    assertThat(r.header("DD-APPLICATION-KEY")).isEqualTo(APP_KEY);
  }

  @Test
  void v1WithNoSeriesBindsNil() {
    defaultSecret();
    stub.answer(r -> Reply.json("{\"status\":\"ok\",\"series\":[]}"));
    Observation o = provider(Map.of()).run(m.request("{\"query\":\"q\"}"));
    assertThat(o.kind()).isEqualTo(Observation.Kind.RESULT);
    assertThat(o.result()).isNull();
  }

  @Test
  void v2PostsAScalarRequestAndBindsADoubleWhenUngrouped() {
    defaultSecret();
    stub.answer(
        r ->
            Reply.json(
                "{\"data\":{\"type\":\"scalar_response\",\"attributes\":{\"columns\":["
                    + "{\"name\":\"query\",\"type\":\"number\",\"values\":[0.97],"
                    + "\"meta\":{\"unit\":null}}]}}}"));
    Observation o =
        provider(Map.of())
            .run(
                m.request(
                    "{\"apiVersion\":\"v2\",\"interval\":\"5m\",\"query\":\"sum:req{*}.as_count()\"}"));
    assertThat(o.result()).isEqualTo(0.97);
    StubServer.Recorded r = stub.only();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/api/v2/query/scalar");
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.header("DD-API-KEY")).isEqualTo(API_KEY);
    long to = Measurements.NOW.toEpochMilli();
    assertThat(Json.parse(r.body()).orElseThrow().value())
        .isEqualTo(
            Map.of(
                "data",
                Map.of(
                    "type",
                    "scalar_request",
                    "attributes",
                    Map.of(
                        "from",
                        (double) (to - 300_000),
                        "to",
                        (double) to,
                        "queries",
                        List.of(
                            Map.of(
                                "aggregator",
                                "last",
                                "data_source",
                                "metrics",
                                "name",
                                "query",
                                "query",
                                "sum:req{*}.as_count()")),
                        "formulas",
                        List.of(Map.of("formula", "query"))))));
  }

  @Test
  void v2GroupedBindsAListAndNamesTheGroups() {
    defaultSecret();
    stub.answer(
        r ->
            Reply.json(
                "{\"data\":{\"type\":\"scalar_response\",\"attributes\":{\"columns\":["
                    + "{\"name\":\"host\",\"type\":\"group\",\"values\":[[\"host:a\"],[\"host:b\"],[\"host:c\"]]},"
                    + "{\"name\":\"a\",\"type\":\"number\",\"values\":[1.5,null,2]}]}}}"));
    Observation o =
        provider(Map.of())
            .run(
                m.request(
                    "{\"apiVersion\":\"v2\",\"queries\":{\"a\":\"avg:x{*} by {host}\","
                        + "\"b\":\"avg:y{*} by {host}\"},\"formula\":\"a / b\","
                        + "\"aggregator\":\"avg\"}"));
    assertThat(o.result()).isEqualTo(List.of(1.5, 2.0));
    assertThat(o.value()).isEqualTo("[1.5,2]");
    assertThat(Json.parse(o.metadata().get("groups")).orElseThrow().value())
        .isEqualTo(
            List.of(
                Map.of("name", "host:a", "value", 1.5), Map.of("name", "host:c", "value", 2.0)));
    Map<?, ?> attrs =
        (Map<?, ?>)
            ((Map<?, ?>)
                    ((Map<?, ?>) Json.parse(stub.only().body()).orElseThrow().value()).get("data"))
                .get("attributes");
    assertThat(attrs.get("formulas")).isEqualTo(List.of(Map.of("formula", "a / b")));
    assertThat((List<?>) attrs.get("queries")).hasSize(2);
    assertThat(((Map<?, ?>) ((List<?>) attrs.get("queries")).get(0)).get("aggregator"))
        .isEqualTo("avg");
  }

  @Test
  void keysComeFromTheEnvironmentOrANamedNamespacedSecret() {
    stub.answer(r -> Reply.json("{\"series\":[]}"));
    provider(
            Map.of(
                "DD_API_KEY", "env-api-key", "DD_APP_KEY", "env-app-key", "DD_ADDRESS", stub.url()))
        .run(m.request("{\"query\":\"q\"}"));
    assertThat(stub.only().header("DD-API-KEY")).isEqualTo("env-api-key");

    m.secret(
        "default",
        "my-dd",
        Map.of("address", stub.url(), "api-key", "ns-api", "app-key", "ns-app"));
    provider(Map.of())
        .run(m.request("{\"query\":\"q\",\"secretRef\":{\"name\":\"my-dd\",\"namespaced\":true}}"));
    assertThat(stub.requests().get(1).header("DD-APPLICATION-KEY")).isEqualTo("ns-app");
  }

  @Test
  void authFailuresServerErrorsGarbageAndMissingSecretsAreErrorsWithoutKeys() {
    defaultSecret();
    stub.answer(r -> Reply.status(403, "{\"errors\":[\"Forbidden " + API_KEY + "\"]}"));
    Observation forbidden = provider(Map.of()).run(m.request("{\"query\":\"q\"}"));
    assertThat(forbidden.kind()).isEqualTo(Observation.Kind.ERROR);
    assertThat(forbidden.message()).contains("403").doesNotContain(API_KEY);

    stub.answer(r -> Reply.status(500, "oops " + APP_KEY));
    Observation five = provider(Map.of()).run(m.request("{\"query\":\"q\"}"));
    assertThat(five.message()).contains("500").doesNotContain(APP_KEY);

    stub.answer(r -> Reply.status(200, "not json"));
    assertThat(provider(Map.of()).run(m.request("{\"query\":\"q\"}")).message())
        .contains("not a JSON object");

    stub.answer(r -> Reply.json("{}").delayed(2500));
    assertThat(
            provider(Map.of())
                .run(m.request("{\"query\":\"q\",\"requestTimeout\":\"1s\"}"))
                .message())
        .contains("timed out");

    Observation missing = provider(Map.of()).run(new Measurements().request("{\"query\":\"q\"}"));
    assertThat(missing.message()).contains("secret \"datadog\" not found");
    Observation twoQueries =
        provider(Map.of())
            .run(m.request("{\"apiVersion\":\"v2\",\"queries\":{\"a\":\"x\",\"b\":\"y\"}}"));
    assertThat(twoQueries.message()).contains("formula is required");
  }
}
