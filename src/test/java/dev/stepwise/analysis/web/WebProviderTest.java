package dev.stepwise.analysis.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.analysis.Measurements;
import dev.stepwise.analysis.StubServer;
import dev.stepwise.analysis.StubServer.Reply;
import dev.stepwise.analysis.http.JdkHttpTransport;
import dev.stepwise.domain.analysis.Observation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebProviderTest {
  private final StubServer stub = new StubServer();
  private final Measurements m = new Measurements();
  private final WebProvider provider = new WebProvider(new JdkHttpTransport());

  @AfterEach
  void close() {
    stub.close();
  }

  @Test
  void getWithHeadersBindsTheFirstJsonPathMatch() {
    stub.answer(r -> Reply.json("{\"data\":{\"ok\":true,\"rate\":0.97,\"items\":[{\"v\":1}]}}"));
    Observation o =
        provider.run(
            m.request(
                "{\"url\":\""
                    + stub.url()
                    + "/api/v1/health?svc=a\",\"jsonPath\":\"{$.data.rate}\","
                    + "\"headers\":[{\"key\":\"Authorization\",\"value\":\"Bearer abc123\"}]}"));
    assertThat(o.result()).isEqualTo(0.97);
    assertThat(o.value()).isEqualTo("0.97");
    StubServer.Recorded r = stub.only();
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.path()).isEqualTo("/api/v1/health");
    assertThat(r.query()).containsEntry("svc", "a");
    assertThat(r.header("Authorization")).isEqualTo("Bearer abc123");
    assertThat(r.body()).isEmpty();
  }

  @Test
  void defaultPathBindsTheWholeDocumentAndMapsStayMaps() {
    stub.answer(r -> Reply.json("{\"major\":\"1\",\"minor\":\"29\"}"));
    Observation o = provider.run(m.request("{\"url\":\"" + stub.url() + "/version\"}"));
    assertThat(o.result()).isEqualTo(Map.of("major", "1", "minor", "29"));
    assertThat(o.value()).isEqualTo("{\"major\":\"1\",\"minor\":\"29\"}");
  }

  @Test
  void postJsonBodySetsContentTypeAndSendsTheJson() {
    stub.answer(r -> Reply.json("{\"items\":[{\"v\":5},{\"v\":6}]}"));
    Observation o =
        provider.run(
            m.request(
                "{\"method\":\"POST\",\"url\":\""
                    + stub.url()
                    + "/q\",\"jsonBody\":{\"key\":\"v\",\"n\":[1,2]},\"jsonPath\":\"{.items[1].v}\"}"));
    assertThat(o.result()).isEqualTo(6.0);
    StubServer.Recorded r = stub.only();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.body()).isEqualTo("{\"key\":\"v\",\"n\":[1,2]}");
  }

  @Test
  void putWithAStringBodyAndANonJsonAnswerBindsTheString() {
    stub.answer(r -> Reply.status(200, "OK"));
    Observation o =
        provider.run(
            m.request("{\"method\":\"PUT\",\"url\":\"" + stub.url() + "/x\",\"body\":\"hello\"}"));
    assertThat(o.result()).isEqualTo("OK");
    assertThat(stub.only().method()).isEqualTo("PUT");
    assertThat(stub.only().body()).isEqualTo("hello");
  }

  @Test
  void aUserContentTypeIsSentOnceAndJsonBodyOverridesIt() {
    stub.answer(r -> Reply.json("{}"));
    provider.run(
        m.request(
            "{\"method\":\"POST\",\"url\":\""
                + stub.url()
                + "/\",\"body\":\"a,b\",\"headers\":[{\"key\":\"content-type\",\"value\":\"text/csv\"}]}"));
    assertThat(stub.requests().get(0).header("Content-Type")).isEqualTo("text/csv");
    provider.run(
        m.request(
            "{\"method\":\"POST\",\"url\":\""
                + stub.url()
                + "/\",\"jsonBody\":[1],\"headers\":[{\"key\":\"content-type\",\"value\":\"text/csv\"}]}"));
    assertThat(stub.requests().get(1).header("Content-Type")).isEqualTo("application/json");
    assertThat(stub.requests().get(1).body()).isEqualTo("[1]");
  }

  @Test
  void wildcardMatchesReturnTheFirstMatch() {
    stub.answer(r -> Reply.json("{\"items\":[{\"v\":5},{\"v\":6}]}"));
    Observation o =
        provider.run(
            m.request("{\"url\":\"" + stub.url() + "/\",\"jsonPath\":\"{$.items[*].v}\"}"));
    assertThat(o.result()).isEqualTo(5.0);
    Observation list =
        provider.run(m.request("{\"url\":\"" + stub.url() + "/\",\"jsonPath\":\"{$.items}\"}"));
    assertThat(list.result()).isEqualTo(List.of(Map.of("v", 5.0), Map.of("v", 6.0)));
  }

  @Test
  void non2xxTimeoutMissingPathAndBadMethodAreErrors() {
    stub.answer(r -> Reply.status(502, "bad gateway"));
    Observation bad =
        provider.run(
            m.request(
                "{\"url\":\""
                    + stub.url()
                    + "/\",\"headers\":[{\"key\":\"X-Token\",\"value\":\"tok-secret-1\"}]}"));
    assertThat(bad.kind()).isEqualTo(Observation.Kind.ERROR);
    assertThat(bad.message()).contains("received non 2xx response code").contains("502");

    stub.answer(r -> Reply.json("{}").delayed(2500));
    Observation slow =
        provider.run(m.request("{\"url\":\"" + stub.url() + "/\",\"timeoutSeconds\":1}"));
    assertThat(slow.message()).contains("timed out");

    stub.answer(r -> Reply.json("{\"a\":1}"));
    assertThat(
            provider
                .run(m.request("{\"url\":\"" + stub.url() + "/\",\"jsonPath\":\"{$.b}\"}"))
                .message())
        .contains("{$.b}")
        .contains("matched nothing");
    assertThat(provider.run(m.request("{\"url\":\"x\",\"method\":\"DELETE\"}")).message())
        .contains("DELETE");
    assertThat(
            provider
                .run(m.request("{\"url\":\"" + stub.url() + "/\",\"jsonPath\":\"{$[?(@.a)]}\"}"))
                .message())
        .contains("invalid jsonPath");
  }

  @Test
  void aServerEchoingTheHeaderTokenDoesNotLeakIt() {
    stub.answer(r -> Reply.status(401, "bad token " + r.header("X-Token")));
    Observation o =
        provider.run(
            m.request(
                "{\"url\":\""
                    + stub.url()
                    + "/\",\"headers\":[{\"key\":\"X-Token\",\"value\":\"tok-secret-1\"}]}"));
    assertThat(o.message()).contains("401").doesNotContain("tok-secret-1");
  }
}
