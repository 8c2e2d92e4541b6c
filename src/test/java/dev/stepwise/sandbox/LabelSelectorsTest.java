package dev.stepwise.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSelectorsTest {
  @Test
  void matchLabelsNeedEveryEntry() {
    LabelSelector s = new LabelSelectorBuilder().addToMatchLabels("app", "web").build();

    assertThat(LabelSelectors.matches(s, Map.of("app", "web", "tier", "x"))).isTrue();
    assertThat(LabelSelectors.matches(s, Map.of("app", "api"))).isFalse();
    assertThat(LabelSelectors.matches(s, null)).isFalse();
  }

  @Test
  void matchExpressionsByOperator() {
    LabelSelector s =
        new LabelSelectorBuilder()
            .addNewMatchExpression()
            .withKey("env")
            .withOperator("In")
            .withValues("prod", "staging")
            .endMatchExpression()
            .addNewMatchExpression()
            .withKey("canary")
            .withOperator("DoesNotExist")
            .endMatchExpression()
            .addNewMatchExpression()
            .withKey("team")
            .withOperator("Exists")
            .endMatchExpression()
            .addNewMatchExpression()
            .withKey("zone")
            .withOperator("NotIn")
            .withValues("a")
            .endMatchExpression()
            .build();

    assertThat(LabelSelectors.matches(s, Map.of("env", "prod", "team", "t"))).isTrue();
    assertThat(LabelSelectors.matches(s, Map.of("env", "prod", "team", "t", "zone", "b"))).isTrue();
    assertThat(LabelSelectors.matches(s, Map.of("env", "dev", "team", "t"))).isFalse();
    assertThat(LabelSelectors.matches(s, Map.of("env", "prod", "team", "t", "canary", "1")))
        .isFalse();
    assertThat(LabelSelectors.matches(s, Map.of("env", "prod"))).isFalse();
    assertThat(LabelSelectors.matches(s, Map.of("env", "prod", "team", "t", "zone", "a")))
        .isFalse();
  }

  @Test
  void noSelectorSelectsEverythingAndAnUnknownOperatorNothing() {
    assertThat(LabelSelectors.matches(null, Map.of())).isTrue();
    LabelSelector odd =
        new LabelSelectorBuilder()
            .addNewMatchExpression()
            .withKey("a")
            .withOperator("Gt")
            .withValues("1")
            .endMatchExpression()
            .build();
    assertThat(LabelSelectors.matches(odd, Map.of("a", "2"))).isFalse();
  }
}
