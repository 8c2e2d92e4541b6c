package dev.stepwise.kube.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateEqualsTest {
  private static final Map<String, Object> ROLLOUT_TEMPLATE =
      Yaml.map(
          """
          metadata: {labels: {app: web}}
          spec:
            containers:
            - name: web
              image: nginx:1.25
              ports: [{containerPort: 8080}]
              resources: {requests: {cpu: "0.5"}}
              readinessProbe: {httpGet: {port: 8080}}
            volumes:
            - name: conf
              configMap: {name: web-conf}
          """);

  /** The same template as the API server returns it inside a ReplicaSet: defaulted, hashed. */
  private static final Map<String, Object> REPLICASET_TEMPLATE =
      Yaml.map(
          """
          metadata:
            creationTimestamp: null
            labels: {app: web, rollouts-pod-template-hash: 7d9f8c6b5}
          spec:
            containers:
            - name: web
              image: nginx:1.25
              imagePullPolicy: IfNotPresent
              ports: [{containerPort: 8080, protocol: TCP}]
              resources: {requests: {cpu: 500m}}
              readinessProbe:
                httpGet: {port: 8080, path: /, scheme: HTTP}
                timeoutSeconds: 1
                periodSeconds: 10
                successThreshold: 1
                failureThreshold: 3
              terminationMessagePath: /dev/termination-log
              terminationMessagePolicy: File
            volumes:
            - name: conf
              configMap: {name: web-conf, defaultMode: 420}
            restartPolicy: Always
            terminationGracePeriodSeconds: 30
            dnsPolicy: ClusterFirst
            securityContext: {}
            schedulerName: default-scheduler
          """);

  @Test
  void aDefaultedReplicaSetTemplateEqualsTheRolloutTemplate() {
    assertThat(PodTemplateHasher.templateEquals(ROLLOUT_TEMPLATE, REPLICASET_TEMPLATE)).isTrue();
    assertThat(PodTemplateHasher.templateEquals(REPLICASET_TEMPLATE, ROLLOUT_TEMPLATE)).isTrue();
  }

  @Test
  void aDifferentImageOrValueIsNotEqual() {
    Map<String, Object> otherImage =
        Yaml.map(Yaml.dump(REPLICASET_TEMPLATE).replace("nginx:1.25", "nginx:1.26"));
    Map<String, Object> otherGrace =
        Yaml.map(
            Yaml.dump(REPLICASET_TEMPLATE)
                .replace("terminationGracePeriodSeconds: 30", "terminationGracePeriodSeconds: 5"));
    assertThat(PodTemplateHasher.templateEquals(ROLLOUT_TEMPLATE, otherImage)).isFalse();
    assertThat(PodTemplateHasher.templateEquals(ROLLOUT_TEMPLATE, otherGrace)).isFalse();
  }

  @Test
  void otherLabelsStillCount() {
    Map<String, Object> relabelled =
        Yaml.map(Yaml.dump(REPLICASET_TEMPLATE).replace("app: web", "app: api"));
    assertThat(PodTemplateHasher.templateEquals(ROLLOUT_TEMPLATE, relabelled)).isFalse();
  }

  @Test
  void comparingDoesNotModifyEitherTemplate() {
    String before = GoJson.podTemplate(ROLLOUT_TEMPLATE);
    PodTemplateHasher.templateEquals(ROLLOUT_TEMPLATE, REPLICASET_TEMPLATE);
    assertThat(GoJson.podTemplate(ROLLOUT_TEMPLATE)).isEqualTo(before);
    assertThat(REPLICASET_TEMPLATE.toString()).contains("rollouts-pod-template-hash");
  }
}
