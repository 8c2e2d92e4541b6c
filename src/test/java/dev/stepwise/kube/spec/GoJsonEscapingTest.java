package dev.stepwise.kube.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GoJsonEscapingTest {
  @Test
  void escapesHtmlCharactersAsGoDoes() {
    assertThat(GoJson.quote("<a href=\"x\">&</a>"))
        .isEqualTo("\"\\u003ca href=\\\"x\\\"\\u003e\\u0026\\u003c/a\\u003e\"");
  }

  @Test
  void escapesControlCharactersAndLineSeparators() {
    assertThat(GoJson.quote("a\nb\tc\rd\u0001e\u001ff\bg\fh\\i"))
        .isEqualTo("\"a\\nb\\tc\\rd\\u0001e\\u001ff\\bg\\fh\\\\i\"");
    assertThat(GoJson.quote("x\u2028y\u2029z")).isEqualTo("\"x\\u2028y\\u2029z\"");
  }

  @Test
  void keepsNonAsciiTextAndReplacesLoneSurrogates() {
    assertThat(GoJson.quote("héllo 🚀 ✓")).isEqualTo("\"héllo 🚀 ✓\"");
    assertThat(GoJson.quote("bad\uD800end")).isEqualTo("\"bad\\ufffdend\"");
  }

  @Test
  void sortsMapKeysByUtf8Bytes() {
    // UTF-16 order would put U+1F600 (surrogate D83D) before U+FF21; Go compares UTF-8 bytes
    Map<String, Object> template =
        Map.of("metadata", Map.of("labels", Map.of("\uD83D\uDE00", "1", "\uFF21", "2", "B", "3")));
    assertThat(GoJson.podTemplate(template))
        .startsWith(
            "{\"metadata\":{\"labels\":{\"B\":\"3\",\"\uFF21\":\"2\",\"\uD83D\uDE00\":\"1\"}}");
  }

  @Test
  void writesNonIntegralNumbersInGoFloatForm() {
    Map<String, Object> template = Map.of("spec", Map.of("x", 0.25, "y", 1e-7, "z", 3.0));
    assertThat(GoJson.podTemplate(template)).contains("\"x\":0.25,\"y\":1e-7,\"z\":3");
  }
}
