package dev.stepwise.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sandbox merges JSON merge patches as RFC 7386 says, where the fabric8 mock does not. */
class MergePatchTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode merge(String target, String patch) {
    return MergePatch.merge(JSON.readTree(target), JSON.readTree(patch));
  }

  @Test
  void arraysAreReplacedNotAppended() {
    JsonNode merged =
        merge(
            "{\"spec\":{\"steps\":[{\"setWeight\":150}],\"replicas\":2}}",
            "{\"spec\":{\"steps\":[{\"setWeight\":50}]}}");
    assertThat(merged.toString())
        .isEqualTo("{\"spec\":{\"steps\":[{\"setWeight\":50}],\"replicas\":2}}");
  }

  @Test
  void nullDeletesAndObjectsMergeKeyByKey() {
    JsonNode merged =
        merge(
            "{\"status\":{\"pauseConditions\":[{\"reason\":\"CanaryPauseStep\"}],\"phase\":\"Paused\"}}",
            "{\"status\":{\"pauseConditions\":null,\"abort\":true}}");
    assertThat(merged.toString()).isEqualTo("{\"status\":{\"phase\":\"Paused\",\"abort\":true}}");
  }

  @Test
  void aScalarReplacesAnObjectAndAnObjectReplacesAScalar() {
    assertThat(merge("{\"a\":{\"b\":1}}", "{\"a\":2}").toString()).isEqualTo("{\"a\":2}");
    assertThat(merge("{\"a\":2}", "{\"a\":{\"b\":null,\"c\":3}}").toString())
        .isEqualTo("{\"a\":{\"c\":3}}");
  }
}
