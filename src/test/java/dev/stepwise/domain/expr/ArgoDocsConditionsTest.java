package dev.stepwise.domain.expr;

import static dev.stepwise.domain.expr.Rows.list;
import static dev.stepwise.domain.expr.Rows.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conditions shown in upstream's docs (features/analysis.md and analysis/*.md), each over a
 * result shaped as that provider hands it to expr (§2.2), with the verdict it must give.
 */
class ArgoDocsConditionsTest {
  record Case(String source, String condition, Object result, boolean expected) {
    @Override
    public String toString() {
      return source + ": " + condition;
    }
  }

  static List<Case> cases() {
    return List.of(
        new Case("prometheus", "result[0] >= 0.95", list(0.97), true),
        new Case("prometheus", "result[0] >= 0.95", list(0.90), false),
        new Case("prometheus range", "all(result, # < 1000)", list(200.0, 999.0), true),
        new Case("prometheus range", "all(result, # < 1000)", list(200.0, 1200.0), false),
        new Case("prometheus range", "result[0] < 1000", list(200.0, 1200.0), true),
        new Case("analysis", "result >= 0.95", 0.96, true),
        new Case("analysis", "result <= 0.95", 0.96, false),
        new Case("analysis", "result >= 10", 12.0, true),
        new Case("analysis", "result >= 0.90", 0.7, false),
        new Case("analysis", "result < 0.50", 0.7, false),
        new Case("analysis", "result == 'true'", "true", true),
        new Case("analysis", "asFloat(result) >= 0.90", "0.95", true),
        new Case("web", "result == true", true, true),
        new Case(
            "web",
            "result.ok && result.successPercent >= 0.90",
            map("ok", true, "successPercent", 0.95),
            true),
        new Case(
            "web",
            "result.ok && result.successPercent >= 0.90",
            map("ok", false, "successPercent", 0.95),
            false),
        new Case(
            "cloudwatch",
            "all(result[0].Values, {# <= 0.01})",
            list(map("Id", "rate", "Values", list(0.001, 0.01))),
            true),
        new Case(
            "cloudwatch",
            "all(result[0].Values, {# <= 0.01})",
            list(map("Id", "rate", "Values", list(0.001, 0.02))),
            false),
        new Case("datadog", "result <= 0.01", 0.005, true),
        new Case("datadog", "default(result, 0) < 10", null, true),
        new Case("datadog", "default(result, 0) > 4", 5.0, true),
        new Case("datadog", "default(result, 0) < 0.05", null, true),
        new Case("datadog", "default(result, 0) < 5", 7.0, false),
        new Case("datadog grouped", "max(result) < 0.05", list(0.01, 0.07), false),
        new Case("datadog grouped", "mean(result) < 0.05", list(0.01, 0.07), true),
        new Case("datadog grouped", "sum(result) < 0.05", list(0.01, 0.07), false),
        new Case("datadog grouped", "any(result, # >= 0.05)", list(0.01, 0.07), true),
        new Case(
            "skywalking",
            "all(result.service_apdex.values.values, {asFloat(.value) >= 9900})",
            map(
                "service_apdex",
                map(
                    "label",
                    null,
                    "values",
                    map("values", list(map("value", 9950.0), map("value", "9901"))))),
            true),
        new Case("newrelic", "result.successRate >= 0.95", map("successRate", 0.99), true),
        new Case(
            "newrelic", "result['average.duration'] < 100", map("average.duration", 120.0), false),
        new Case("influxdb", "result[0] <= 0.01", list(0.02), false),
        new Case("wavefront", "result >= 0.95", 0.951, true),
        new Case("examples/rollout-secret.yaml", "result == 'It worked!'", "It worked!", true),
        new Case("examples/appmesh", "result[0] >= 0.99", list(0.995), true));
  }

  private final ExprAssessor assessor = new ExprAssessor(Rows.CLOCK);

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void docsConditionGivesItsVerdict(Case c) {
    assertThat(assessor.evaluate(c.condition(), c.result())).isEqualTo(c.expected());
  }

  /** graphite.md writes {@code results[0]}; upstream fails to compile it, and so do we. */
  @Test
  void graphiteDocsTypoIsAnUnknownName() {
    assertThatThrownBy(() -> assessor.evaluate("results[0] >= 90.000000", List.of(95.0)))
        .isInstanceOf(ExprException.class)
        .hasMessage("unknown name results");
  }
}
