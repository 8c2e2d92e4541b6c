package dev.stepwise.analysis.wavefront;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.analysis.Measurements;
import dev.stepwise.analysis.StubServer;
import dev.stepwise.analysis.StubServer.Reply;
import dev.stepwise.analysis.http.JdkHttpTransport;
import dev.stepwise.domain.analysis.Observation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WavefrontProviderTest {
  private static final String TOKEN = "wf-token-abcdef123";
  private static final long NOW_S = Measurements.NOW.getEpochSecond();

  private final StubServer stub = new StubServer();
  private final Measurements m = new Measurements();
  private final WavefrontProvider provider =
      new WavefrontProvider(new JdkHttpTransport(), Duration.ofSeconds(1));

  @AfterEach
  void close() {
    stub.close();
  }

  private String config() {
    m.secret(Measurements.CONTROLLER_NS, "wavefront-api-tokens", Map.of(stub.url(), TOKEN));
    return "{\"address\":\"" + stub.url() + "\",\"query\":\"sum(ts(errors, app=a))\"}";
  }

  @Test
  void queriesTheChartApiAtNowAndBindsThePointClosestToNow() {
    String cfg = config();
    stub.answer(
        r ->
            Reply.json(
                "{\"name\":\"q\",\"query\":\"q\",\"timeseries\":[{\"label\":\"errors\","
                    + "\"tags\":{},\"data\":[["
                    + (NOW_S - 120)
                    + ",3.0],["
                    + (NOW_S - 5)
                    + ",2.5]]}],\"warnings\":\"partial\"}"));
    Observation o = provider.run(m.request(cfg));
    assertThat(o.result()).isEqualTo(2.5);
    assertThat(o.value()).isEqualTo("2.5");
    assertThat(o.metadata())
        .containsEntry("timestamps", Long.toString(NOW_S - 5))
        .containsEntry("drift", "5")
        .containsEntry("warnings", "partial");
    StubServer.Recorded r = stub.only();
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.path()).isEqualTo("/api/v2/chart/api");
    String ms = Long.toString(Measurements.NOW.toEpochMilli());
    assertThat(r.query())
        .containsEntry("q", "sum(ts(errors, app=a))")
        .containsEntry("s", ms)
        .containsEntry("e", ms)
        .containsEntry("g", "s")
        .containsEntry("p", "1")
        .containsEntry("i", "true");
    assertThat(r.header("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void severalSeriesBindAListAndNoneIsAnError() {
    String cfg = config();
    stub.answer(
        r ->
            Reply.json(
                "{\"timeseries\":[{\"data\":[["
                    + NOW_S
                    + ",1]]},{\"data\":[["
                    + NOW_S
                    + ",2]]}]}"));
    assertThat(provider.run(m.request(cfg)).result()).isEqualTo(List.of(1.0, 2.0));
    stub.answer(r -> Reply.json("{\"timeseries\":[]}"));
    assertThat(provider.run(m.request(cfg)).message()).contains("no timeseries");
  }

  @Test
  void errorsTimeoutsGarbageAndMissingTokensAreErrors() {
    String cfg = config();
    stub.answer(r -> Reply.status(401, "unauthorized " + TOKEN));
    Observation o = provider.run(m.request(cfg));
    assertThat(o.message()).contains("401").doesNotContain(TOKEN);
    stub.answer(r -> Reply.status(200, "<html/>"));
    assertThat(provider.run(m.request(cfg)).message()).contains("not a JSON object");
    stub.answer(r -> Reply.json("{}").delayed(2500));
    assertThat(provider.run(m.request(cfg)).message()).contains("timed out");
    Observation noSecret = provider.run(new Measurements().request(cfg));
    assertThat(noSecret.message()).contains("wavefront-api-tokens");
    m.secret(Measurements.CONTROLLER_NS, "wavefront-api-tokens", Map.of("other.host", TOKEN));
    assertThat(provider.run(m.request(cfg)).message()).contains("has no key");
  }
}
