package dev.stepwise.analysis.newrelic;

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

class NewRelicProviderTest {
  private static final String KEY = "NRAK-SECRETKEY0001";
  private static final String NRQL =
      "FROM Transaction SELECT percentage(count(*), WHERE httpResponseCode != 500) as successRate";

  private final StubServer stub = new StubServer();
  private final Measurements m = new Measurements();
  private final NewRelicProvider provider = new NewRelicProvider(new JdkHttpTransport());

  @AfterEach
  void close() {
    stub.close();
  }

  private void secret() {
    m.secret(
        Measurements.CONTROLLER_NS,
        "newrelic",
        Map.of(
            "personal-api-key",
            KEY,
            "account-id",
            "1234567",
            "base-url-nerdgraph",
            stub.url() + "/graphql"));
  }

  private static String results(String rows) {
    return "{\"data\":{\"actor\":{\"account\":{\"nrql\":{\"results\":" + rows + "}}}}}";
  }

  @Test
  void postsNrqlToNerdGraphAndBindsTheSingleRowAsAMap() {
    secret();
    stub.answer(r -> Reply.json(results("[{\"successRate\":99.5}]")));
    Observation o = provider.run(m.request("{\"query\":\"" + NRQL + "\"}"));
    assertThat(o.result()).isEqualTo(Map.of("successRate", 99.5));
    assertThat(o.value()).isEqualTo("{\"successRate\":99.5}");
    StubServer.Recorded r = stub.only();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/graphql");
    assertThat(r.header("API-Key")).isEqualTo(KEY);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    Map<?, ?> body = (Map<?, ?>) Json.parse(r.body()).orElseThrow().value();
    assertThat((String) body.get("query")).contains("nrql(query: $query, timeout: $timeout)");
    assertThat(body.get("variables"))
        .isEqualTo(Map.of("accountId", 1234567.0, "query", NRQL, "timeout", 5.0));
  }

  @Test
  void severalRowsBindAListAndNoRowsIsAnError() {
    secret();
    stub.answer(r -> Reply.json(results("[{\"a\":1},{\"a\":2}]")));
    assertThat(provider.run(m.request("{\"query\":\"q\"}")).result())
        .isEqualTo(List.of(Map.of("a", 1.0), Map.of("a", 2.0)));
    stub.answer(r -> Reply.json(results("[]")));
    assertThat(provider.run(m.request("{\"query\":\"q\"}")).message())
        .isEqualTo("no results returned from NRQL query");
  }

  @Test
  void graphQlErrorsServerErrorsAndMissingSecretsAreErrors() {
    secret();
    stub.answer(
        r ->
            Reply.json(
                "{\"errors\":[{\"message\":\"NRQL Syntax Error: Error at line 1\"}],"
                    + "\"data\":null}"));
    assertThat(provider.run(m.request("{\"query\":\"q\"}")).message())
        .contains("NRQL Syntax Error");
    stub.answer(r -> Reply.status(500, "internal, key " + KEY));
    Observation five = provider.run(m.request("{\"query\":\"q\"}"));
    assertThat(five.message()).contains("500").doesNotContain(KEY);
    stub.answer(r -> Reply.status(200, "garbage"));
    assertThat(provider.run(m.request("{\"query\":\"q\"}")).message()).contains("not JSON");

    Observation missing =
        provider.run(new Measurements().request("{\"profile\":\"nr-eu\",\"query\":\"q\"}"));
    assertThat(missing.message()).contains("secret \"nr-eu\" not found");
  }
}
