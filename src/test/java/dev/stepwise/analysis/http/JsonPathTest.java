package dev.stepwise.analysis.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonPathTest {
  private final Object doc =
      Json.parse(
              "{\"status\":\"ok\",\"data\":{\"items\":[{\"v\":1},{\"v\":2}],"
                  + "\"a.b\":true},\"list\":[10,20,30]}")
          .orElseThrow()
          .value();

  private List<Object> find(String path) {
    return JsonPath.compile(path).find(doc);
  }

  @Test
  void rootMembersIndexesAndWildcards() {
    assertThat(find("{$}")).containsExactly(doc);
    assertThat(find("{$.status}")).containsExactly("ok");
    assertThat(find("{.status}")).containsExactly("ok");
    assertThat(find("$.status")).containsExactly("ok");
    assertThat(find("{$.data.items[1].v}")).containsExactly(2.0);
    assertThat(find("{$.list[-1]}")).containsExactly(30.0);
    assertThat(find("{$.data.items[*].v}")).containsExactly(1.0, 2.0);
    assertThat(find("{$.data.items.*.v}")).containsExactly(1.0, 2.0);
    assertThat(find("{$.data['a.b']}")).containsExactly(true);
    assertThat(find("{$[\"status\"]}")).containsExactly("ok");
  }

  @Test
  void missingPathsMatchNothing() {
    assertThat(find("{$.nope}")).isEmpty();
    assertThat(find("{$.list[9]}")).isEmpty();
    assertThat(find("{$.status.deeper}")).isEmpty();
    assertThat(find("{$.data.items}")).containsExactly(List.of(Map.of("v", 1.0), Map.of("v", 2.0)));
  }

  @Test
  void unsupportedSyntaxIsNamed() {
    assertThatThrownBy(() -> JsonPath.compile("{$..v}")).hasMessageContaining("recursive descent");
    assertThatThrownBy(() -> JsonPath.compile("{$.list[0:2]}")).hasMessageContaining("[0:2]");
    assertThatThrownBy(() -> JsonPath.compile("{$.list[?(@>1)]}")).hasMessageContaining("filters");
    assertThatThrownBy(() -> JsonPath.compile("x {$.a}")).hasMessageContaining("one {...}");
    assertThatThrownBy(() -> JsonPath.compile("{$.a[0}")).hasMessageContaining("unclosed");
  }
}
