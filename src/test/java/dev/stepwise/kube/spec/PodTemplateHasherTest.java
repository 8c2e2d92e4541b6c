package dev.stepwise.kube.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodTemplateHasherTest {
  private static final String VECTOR_1 =
      """
      metadata:
        creationTimestamp: null
        labels: {app: canary-scaledowndelay}
      spec:
        containers:
        - name: canary-scaledowndelay
          image: nginx:1.19-alpine
          ports:
          - name: http
            containerPort: 80
            protocol: TCP
          resources:
            requests:
              memory: 16Mi
              cpu: 5m
      """;

  private static final String VECTOR_2 =
      """
      spec:
        readinessGates:
        - conditionType: argoproj.io/e2e-readiness
        containers:
        - resources:
            requests: {cpu: 5m, memory: 16Mi}
          ports:
          - protocol: TCP
            containerPort: 80
            name: http
          image: nginx:1.19-alpine
          name: dynamic-stable-scale
      metadata:
        labels: {app: dynamic-stable-scale}
      """;

  @Test
  void reproducesTheFirstUpstreamE2eHashFromAYamlTemplate() {
    assertThat(PodTemplateHasher.hash(Yaml.map(VECTOR_1), null)).isEqualTo("674d8cf959");
  }

  @Test
  void reproducesTheSecondUpstreamE2eHashWhateverTheKeyOrderOfTheSource() {
    assertThat(PodTemplateHasher.hash(Yaml.map(VECTOR_2), null)).isEqualTo("6b56c8cdb4");
  }

  @Test
  void writesGoFieldOrderAndAlwaysWritesResources() {
    Map<String, Object> template =
        Yaml.map(
            """
            spec:
              containers:
              - image: nginx
                name: web
            """);
    assertThat(GoJson.podTemplate(template))
        .isEqualTo(
            "{\"metadata\":{},\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"nginx\","
                + "\"resources\":{}}]}}");
  }

  @Test
  void aQuantitySpelledDifferentlyHashesTheSameAsItsCanonicalForm() {
    String halfCpu = VECTOR_1.replace("cpu: 5m", "cpu: 0.5").replace("16Mi", "16384Ki");
    String canonical = VECTOR_1.replace("cpu: 5m", "cpu: 500m");
    assertThat(PodTemplateHasher.hash(Yaml.map(halfCpu), null))
        .isEqualTo(PodTemplateHasher.hash(Yaml.map(canonical), null));
  }

  @Test
  void collisionCountAndTemplateChangesGiveDifferentHashes() {
    Map<String, Object> template = Yaml.map(VECTOR_1);
    String base = PodTemplateHasher.hash(template, null);
    assertThat(PodTemplateHasher.hash(template, 1)).isNotEqualTo(base);
    String other = PodTemplateHasher.hash(Yaml.map(VECTOR_1.replace("1.19", "1.20")), null);
    assertThat(other).isNotEqualTo(base);
  }

  @Test
  void omitEmptyFieldsAndZeroValuesFollowGo() {
    Map<String, Object> template =
        Yaml.map(
            """
            metadata: {labels: {}, annotations: {b: "2", a: "1"}}
            spec:
              hostNetwork: false
              terminationGracePeriodSeconds: 0
              containers:
              - name: c
                image: ""
                command: []
                ports: [{containerPort: 80, hostPort: 0}]
                readinessProbe:
                  grpc: {port: 9000}
                  periodSeconds: 0
                env:
                - name: POD
                  valueFrom:
                    resourceFieldRef: {resource: limits.cpu}
            """);
    assertThat(GoJson.podTemplate(template))
        .isEqualTo(
            "{\"metadata\":{\"annotations\":{\"a\":\"1\",\"b\":\"2\"}},\"spec\":{\"containers\":"
                + "[{\"name\":\"c\",\"ports\":[{\"containerPort\":80}],\"env\":[{\"name\":\"POD\","
                + "\"valueFrom\":{\"resourceFieldRef\":{\"resource\":\"limits.cpu\","
                + "\"divisor\":\"0\"}}}],\"resources\":{},\"readinessProbe\":{\"grpc\":"
                + "{\"port\":9000,\"service\":null}}}],\"terminationGracePeriodSeconds\":0}}");
  }

  @Test
  void unknownFieldsFollowTheKnownOnesInSortedOrder() {
    Map<String, Object> template =
        Yaml.map(
            """
            spec:
              zeta: 1
              containers: [{name: c, alpha: {y: 2, x: 1}}]
              beta: true
            """);
    assertThat(GoJson.podTemplate(template))
        .isEqualTo(
            "{\"metadata\":{},\"spec\":{\"containers\":[{\"name\":\"c\",\"resources\":{},"
                + "\"alpha\":{\"x\":1,\"y\":2}}],\"beta\":true,\"zeta\":1}}");
  }

  @Test
  void aMalformedQuantityIsReportedWithItsPathAndStillHashed() {
    Map<String, Object> template = Yaml.map(VECTOR_1.replace("memory: 16Mi", "memory: invalid"));
    List<String> problems = new ArrayList<>();
    String hash = PodTemplateHasher.hash(template, null, (p, r) -> problems.add(p + ": " + r));
    assertThat(hash).matches("[bcdfghjklmnpqrstvwxz2456789]+");
    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith("spec.template.spec.containers[0].resources.requests.memory: quantities");
  }

  @Test
  void stepsHashEncodesCanaryStepsInUpstreamFieldOrder() {
    List<Object> steps =
        List.of(
            Map.of("setWeight", 20),
            Map.of("pause", Map.of()),
            Map.of("pause", Map.of("duration", "1m")),
            Map.of("pause", Map.of("duration", 30)));
    assertThat(GoJson.canarySteps(steps))
        .isEqualTo(
            "[{\"setWeight\":20},{\"pause\":{}},{\"pause\":{\"duration\":\"1m\"}},"
                + "{\"pause\":{\"duration\":30}}]");
    assertThat(GoJson.canarySteps(null)).isEqualTo("null");
    assertThat(PodTemplateHasher.stepsHash(steps))
        .isEqualTo(dev.stepwise.domain.PodTemplateHash.of(GoJson.canarySteps(steps), null))
        .isNotEqualTo(PodTemplateHasher.stepsHash(steps.subList(0, 3)));
  }
}
