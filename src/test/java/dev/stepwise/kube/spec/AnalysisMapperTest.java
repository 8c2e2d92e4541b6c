package dev.stepwise.kube.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.RolloutAnalysis;
import dev.stepwise.domain.RolloutSpec;
import dev.stepwise.domain.Step;
import dev.stepwise.domain.analysis.RunSpec;
import dev.stepwise.domain.analysis.TemplateSpec;
import org.junit.jupiter.api.Test;

/** Rollout-side analyses: steps, canary.analysis and blue-green pre/post, with their args. */
class AnalysisMapperTest {
  private static MappedRollout map(String yaml) {
    return RolloutSpecMapper.map(Yaml.map(yaml));
  }

  @Test
  void mapsAStepAndBackgroundAnalysisResolvingFieldRefsFromTheRollout() {
    MappedRollout ro =
        map(
            """
            metadata: {name: web, namespace: shop, labels: {env: prod}}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: web, image: "nginx:1.25"}]}
              strategy:
                canary:
                  analysis:
                    startingStep: 2
                    templates: [{templateName: error-rate, clusterScope: true}]
                    analysisRunMetadata: {labels: {team: shop}, annotations: {note: bg}}
                  steps:
                  - setWeight: 20
                  - analysis:
                      templates: [{templateName: success-rate}]
                      args:
                      - {name: service, value: web}
                      - name: canary-hash
                        valueFrom: {podTemplateHashValue: Latest}
                      - name: env
                        valueFrom: {fieldRef: {fieldPath: "metadata.labels['env']"}}
                      - name: image
                        valueFrom: {fieldRef: {fieldPath: "spec.template.spec.containers[0].image"}}
                      dryRun: [{metricName: latency}]
                      measurementRetention: [{metricName: latency, limit: 3}]
            """);
    RolloutSpec spec = ro.spec();
    assertThat(spec.decodeErrors()).isEmpty();
    Step step = spec.canary().steps().get(1);
    assertThat(step.kind()).isEqualTo(Step.Kind.ANALYSIS);
    RolloutAnalysis a = step.analysis();
    assertThat(a.templates()).containsExactly(new TemplateSpec.Ref("success-rate", false));
    assertThat(a.args())
        .containsExactly(
            new RolloutAnalysis.Arg("service", "web", null, null),
            new RolloutAnalysis.Arg("canary-hash", null, "Latest", null),
            new RolloutAnalysis.Arg("env", "prod", null, null),
            new RolloutAnalysis.Arg("image", "nginx:1.25", null, null));
    assertThat(a.dryRun()).containsExactly("latency");
    assertThat(a.retention()).containsExactly(new RunSpec.Retention("latency", 3));
    RolloutAnalysis bg = spec.canary().analysis();
    assertThat(bg.startingStep()).isEqualTo(2);
    assertThat(bg.templates()).containsExactly(new TemplateSpec.Ref("error-rate", true));
    assertThat(bg.labels()).containsEntry("team", "shop");
    assertThat(bg.annotations()).containsEntry("note", "bg");
    assertThat(spec.canary().unsupportedFields()).doesNotContain("analysis");
  }

  @Test
  void aBrokenFieldRefIsADecodeErrorNamingTheArgument() {
    MappedRollout ro =
        map(
            """
            metadata: {name: web}
            spec:
              strategy:
                canary:
                  steps:
                  - analysis:
                      templates: [{templateName: t}]
                      args:
                      - name: x
                        valueFrom: {fieldRef: {fieldPath: "spec.nothing.here"}}
            """);
    assertThat(ro.spec().decodeErrors())
        .anySatisfy(
            e ->
                assertThat(e)
                    .startsWith(
                        "spec.strategy.canary.steps[0].analysis.args[0].valueFrom.fieldRef.fieldPath:"));
  }

  @Test
  void mapsBlueGreenPrePromotionAndPostPromotionAnalysis() {
    MappedRollout ro =
        map(
            """
            metadata: {name: web}
            spec:
              strategy:
                blueGreen:
                  activeService: web
                  prePromotionAnalysis: {templates: [{templateName: smoke}]}
                  postPromotionAnalysis: {templates: [{templateName: soak}]}
            """);
    var bg = ro.spec().blueGreenStrategy();
    assertThat(bg.prePromotionAnalysis()).isTrue();
    assertThat(bg.preAnalysis().templates()).containsExactly(new TemplateSpec.Ref("smoke", false));
    assertThat(bg.postAnalysis().templates()).containsExactly(new TemplateSpec.Ref("soak", false));
  }
}
