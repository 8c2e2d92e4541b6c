package dev.stepwise.domain.analysis;

import static dev.stepwise.domain.analysis.RunDriver.metric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Templates → run spec, arguments, substitution and validation messages. */
class TemplatesTest {
  private static TemplateSpec template(List<ArgSpec> args, MetricSpec... metrics) {
    return new TemplateSpec(args, List.of(metrics), null, null, null);
  }

  @Test
  void rolloutArgumentsOverrideTemplateDefaults() {
    TemplateSpec t =
        template(
            List.of(ArgSpec.of("service-name", null), ArgSpec.of("threshold", "0.95")),
            metric("success-rate"));
    RunSpec run =
        Templates.toRunSpec(
            List.of(t),
            List.of(ArgSpec.of("service-name", "web"), ArgSpec.of("unknown", "x")),
            List.of(),
            List.of());
    assertThat(run.args())
        .containsExactly(ArgSpec.of("service-name", "web"), ArgSpec.of("threshold", "0.95"));
    assertThat(run.metrics()).extracting(MetricSpec::name).containsExactly("success-rate");
  }

  @Test
  void anArgumentLeftWithoutValueIsAnError() {
    TemplateSpec t = template(List.of(ArgSpec.of("service-name", null)), metric("m"));
    assertThatThrownBy(() -> Templates.toRunSpec(List.of(t), List.of(), null, null))
        .hasMessage("args.service-name was not resolved");
  }

  @Test
  void aSecretArgumentStaysASourceUntilMeasuring() {
    TemplateSpec t =
        template(List.of(ArgSpec.secret("api-token", "datadog", "api-key")), metric("m"));
    RunSpec run = Templates.toRunSpec(List.of(t), List.of(), null, null);
    assertThat(run.args().get(0).value()).isNull();
    assertThat(run.args().get(0).fromSecret()).isTrue();
  }

  @Test
  void duplicateMetricsAndConflictingArgsUseUpstreamsMessages() {
    TemplateSpec a = template(List.of(ArgSpec.of("x", "1")), metric("m"));
    TemplateSpec b = template(List.of(ArgSpec.of("x", "2")), metric("n"));
    TemplateSpec c = template(List.of(), metric("m"));
    assertThatThrownBy(() -> Templates.toRunSpec(List.of(a, c), List.of(), null, null))
        .hasMessage("two metrics have the same name 'm'");
    assertThatThrownBy(() -> Templates.toRunSpec(List.of(a, b), List.of(), null, null))
        .hasMessage("Argument `x` specified multiple times with different values: '1', '2'");
    TemplateSpec same = template(List.of(ArgSpec.of("x", null)), metric("o"));
    assertThat(Templates.toRunSpec(List.of(same, a), List.of(), null, null).args())
        .containsExactly(ArgSpec.of("x", "1"));
  }

  @Test
  void nestedTemplatesAreExpandedOnceAndAMissingOneIsNotFound() {
    TemplateSpec.Ref parentRef = new TemplateSpec.Ref("parent", false);
    TemplateSpec.Ref childRef = new TemplateSpec.Ref("child", true);
    TemplateSpec parent =
        new TemplateSpec(null, List.of(metric("p")), null, null, List.of(childRef, parentRef));
    TemplateSpec child = template(List.of(), metric("c"));
    Map<TemplateSpec.Ref, TemplateSpec> store = Map.of(parentRef, parent, childRef, child);
    List<TemplateSpec> all = Templates.expand(List.of(parentRef), store::get);
    assertThat(all).containsExactly(parent, child);
    assertThatThrownBy(
            () -> Templates.expand(List.of(new TemplateSpec.Ref("gone", true)), store::get))
        .hasMessage("clusteranalysistemplate.argoproj.io \"gone\" not found");
  }

  @Test
  void argumentsAreSubstitutedEverywhereAndOnlyArgsTagsAreOurs() {
    MetricSpec m =
        new MetricSpec(
            "rate",
            "{{ args.interval }}",
            null,
            "{{args.count}}",
            "result[0] >= {{args.threshold}}",
            null,
            null,
            null,
            null,
            null,
            Map.of(
                "web",
                Map.of(
                    "url",
                    "http://{{args.svc}}/q?x={{templates.x}}",
                    "headers",
                    List.of(Map.of("key", "X", "value", "{{args.svc}}")))));
    MetricSpec out =
        ArgSubstitution.resolve(
            m, Map.of("interval", "30s", "count", "4", "threshold", "0.9", "svc", "we\"b"));
    assertThat(out.interval()).isEqualTo("30s");
    assertThat(out.countValue()).isEqualTo(4);
    assertThat(out.successCondition()).isEqualTo("result[0] >= 0.9");
    assertThat(out.providerConfig())
        .isEqualTo(
            Map.of(
                "url",
                "http://we\"b/q?x={{templates.x}}",
                "headers",
                List.of(Map.of("key", "X", "value", "we\"b"))));
    assertThatThrownBy(() -> ArgSubstitution.resolve(m, Map.of("interval", "1s", "svc", "x")))
        .hasMessage("failed to resolve {{args.count}}");
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(List.of(), "Analysis spec invalid: no metrics specified"),
        Arguments.of(
            List.of(metric("a"), metric("a")),
            "Analysis spec invalid: metrics[1]: duplicate name 'a'"),
        Arguments.of(
            List.of(metric("a", "count", "1", "failureLimit", "2")),
            "Analysis spec invalid: metrics[0]: count must be >= failureLimit"),
        Arguments.of(
            List.of(metric("a", "count", "1", "inconclusiveLimit", "2")),
            "Analysis spec invalid: metrics[0]: count must be >= inconclusiveLimit"),
        Arguments.of(
            List.of(
                metric(
                    "a",
                    "count",
                    "3",
                    "interval",
                    "1s",
                    "failureLimit",
                    "1",
                    "consecutiveSuccessLimit",
                    "3")),
            "Analysis spec invalid: metrics[0]: count must be >= failureLimit + consecutiveSuccessLimit"),
        Arguments.of(
            List.of(metric("a", "interval", "5 minutes")),
            "Analysis spec invalid: metrics[0]: invalid interval string: time: invalid duration \"5 minutes\""),
        Arguments.of(
            List.of(metric("a", "initialDelay", "1d")),
            "Analysis spec invalid: metrics[0]: invalid startDelay string: time: invalid duration \"1d\""),
        Arguments.of(
            List.of(
                new MetricSpec("a", null, null, null, null, null, null, null, null, null, null)),
            "Analysis spec invalid: metrics[0]: no provider specified"),
        Arguments.of(
            List.of(
                new MetricSpec(
                    "a",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Map.of("web", Map.of(), "job", Map.of()))),
            "Analysis spec invalid: metrics[0]: multiple providers specified"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalid")
  void validationMessages(List<MetricSpec> metrics, String message) {
    RunSpec s = new RunSpec(metrics, null, null, null, null, false);
    assertThat(PreparedRun.of(s).error()).isEqualTo(message);
  }

  @Test
  void dryRunAndRetentionRulesMustMatchAMetric() {
    RunSpec dry = new RunSpec(List.of(metric("a")), null, List.of("^b"), null, null, false);
    assertThat(PreparedRun.of(dry).error())
        .isEqualTo("Analysis spec invalid: dryRun[0]: Rule didn't match any metric name(s)");
    RunSpec keep =
        new RunSpec(
            List.of(metric("a")), null, null, List.of(new RunSpec.Retention("x", 1)), null, false);
    assertThat(PreparedRun.of(keep).error())
        .isEqualTo(
            "Analysis spec invalid: measurementRetention[0]: Rule didn't match any metric name(s)");
  }

  @Test
  void durationsParseAsGoDoes() {
    assertThat(Durations.parse("1m30s")).hasSeconds(90);
    assertThat(Durations.parse("1.5h")).hasMinutes(90);
    assertThat(Durations.parse("300ms").toMillis()).isEqualTo(300);
    assertThat(Durations.parse("0")).isZero();
    assertThatThrownBy(() -> Durations.parse("10")).hasMessage("time: invalid duration \"10\"");
  }
}
