package dev.stepwise.analysis.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpBitsTest {
  @Test
  void goDurationsParseCompoundAndFractionalValues() {
    assertThat(GoDurations.parse("f", "5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(GoDurations.parse("f", "1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(GoDurations.parse("f", "1.5s")).isEqualTo(Duration.ofMillis(1500));
    assertThat(GoDurations.parse("f", "250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(GoDurations.parse("f", "0")).isEqualTo(Duration.ZERO);
    assertThatThrownBy(() -> GoDurations.parse("datadog.interval", "5 minutes"))
        .hasMessage("datadog.interval: invalid duration \"5 minutes\"");
    assertThatThrownBy(() -> GoDurations.parse("f", "10")).hasMessageContaining("invalid duration");
  }

  @Test
  void floatsAreFormattedAsGoFormatsThem() {
    assertThat(Json.formatFloat(5.0)).isEqualTo("5");
    assertThat(Json.formatFloat(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(Json.formatFloat(1e21)).isEqualTo("1000000000000000000000");
    assertThat(Json.formatFloat(Double.NaN)).isEqualTo("NaN");
    assertThat(Json.formatFloat(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
    assertThat(Json.write(List.of(1.0, 2.5))).isEqualTo("[1,2.5]");
  }

  @Test
  void jsonNumbersDecodeAsDoublesAndNonJsonIsEmpty() {
    assertThat(Json.parse("{\"a\":1,\"b\":[2,3.5]}").orElseThrow().value())
        .isEqualTo(Map.of("a", 1.0, "b", List.of(2.0, 3.5)));
    assertThat(Json.parse("null").orElseThrow().value()).isNull();
    assertThat(Json.parse("OK")).isEmpty();
    assertThat(Json.parse("")).isEmpty();
  }

  @Test
  void redactionAndSnippetsKeepSecretsAndWallsOfTextOut() {
    assertThat(Texts.redact("key abc123 rejected", List.of("abc123")))
        .isEqualTo("key ***** rejected");
    assertThat(Texts.snippet("x".repeat(500))).hasSize(203).endsWith("...");
    assertThat(Texts.snippet("a\n  b")).isEqualTo("a b");
  }

  @Test
  void configFieldsOfTheWrongTypeAreNamed() {
    Config c = new Config(Map.of("timeout", "soon", "headers", "x"), "web");
    assertThatThrownBy(() -> c.number("timeout"))
        .hasMessage("web.timeout must be a number, got \"soon\"");
    assertThatThrownBy(() -> c.headers("headers")).hasMessage("web.headers must be a list");
    assertThatThrownBy(() -> c.required("url")).hasMessage("web.url is required");
  }

  @Test
  void transportFailuresAreExceptionsWithSafeMessages() {
    JdkHttpTransport http = new JdkHttpTransport();
    assertThatThrownBy(
            () ->
                http.send(HttpTransport.Request.get("http://127.0.0.1:1/", Duration.ofSeconds(1))))
        .isInstanceOf(HttpTransport.TransportException.class)
        .hasMessageContaining("request failed");
    assertThatThrownBy(
            () -> http.send(HttpTransport.Request.get("::not a url", Duration.ofSeconds(1))))
        .isInstanceOf(HttpTransport.TransportException.class)
        .hasMessageContaining("invalid URL");
  }
}
