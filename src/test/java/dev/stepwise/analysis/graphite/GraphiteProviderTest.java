package dev.stepwise.analysis.graphite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.analysis.Measurements;
import dev.stepwise.analysis.StubServer;
import dev.stepwise.analysis.StubServer.Reply;
import dev.stepwise.analysis.http.JdkHttpTransport;
import dev.stepwise.domain.analysis.Observation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GraphiteProviderTest {
  private final StubServer stub = new StubServer();
  private final Measurements m = new Measurements();
  private final GraphiteProvider provider =
      new GraphiteProvider(new JdkHttpTransport(), Duration.ofSeconds(1));

  @AfterEach
  void close() {
    stub.close();
  }

  private String config() {
    return "{\"address\":\""
        + stub.url()
        + "\",\"query\":\"target=summarize(\\n  asPercent(a.b, c.d),\\n  '5min', 'avg')"
        + "&from=-5min\"}";
  }

  @Test
  void rendersTheQueryWithoutWhitespaceAndBindsTheFirstSeriesNonNullValues() {
    stub.answer(
        r ->
            Reply.json(
                "[{\"target\":\"a\",\"datapoints\":[[90.5,1764237300],[null,1764237360],"
                    + "[95,1764237420]]},{\"target\":\"b\",\"datapoints\":[[1,1]]}]"));
    Observation o = provider.run(m.request(config()));
    assertThat(o.result()).isEqualTo(List.of(90.5, 95.0));
    assertThat(o.value()).isEqualTo("[90.5,95]");
    StubServer.Recorded r = stub.only();
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.path()).isEqualTo("/render");
    assertThat(r.query())
        .containsEntry("target", "summarize(asPercent(a.b,c.d),'5min','avg')")
        .containsEntry("from", "-5min")
        .containsEntry("format", "json");
  }

  @Test
  void noSeriesIsAnEmptyList() {
    stub.answer(r -> Reply.json("[]"));
    assertThat(provider.run(m.request(config())).result()).isEqualTo(List.of());
  }

  @Test
  void errorsTimeoutsAndGarbageAreErrors() {
    stub.answer(r -> Reply.status(500, "Traceback: boom"));
    assertThat(provider.run(m.request(config())).message()).contains("500").contains("boom");
    stub.answer(r -> Reply.status(200, "<html>"));
    assertThat(provider.run(m.request(config())).message()).contains("not a JSON list");
    stub.answer(r -> Reply.json("[]").delayed(2500));
    assertThat(provider.run(m.request(config())).message()).contains("timed out");
    stub.answer(r -> Reply.json("[{\"target\":\"a\",\"datapoints\":[[\"x\",1]]}]"));
    assertThat(provider.run(m.request(config())).kind()).isEqualTo(Observation.Kind.ERROR);
  }
}
