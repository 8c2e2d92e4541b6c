package dev.stepwise.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.stepwise.kube.Rollouts;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What {@link RbacCoverageIT} has the controller do: every feature that reaches the API (a canary
 * with ephemeral metadata and a promote, a restart through evictions, revision history clean-up, a
 * workloadRef to a Deployment scaled down, a Rollout without replicas, a blue-green update, an
 * analysis step with Job metrics and a Secret argument, a user's run deleted by its ttlStrategy).
 */
final class RbacScenario {
  private RbacScenario() {}

  static void run(KubernetesClient user) {
    // a canary with ephemeral metadata and a short revision history: promote, then clean-up
    create(
        user,
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata:
          name: web
        spec:
          replicas: 2
          revisionHistoryLimit: 0
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: app
                image: demo:blue
          strategy:
            canary:
              canaryMetadata:
                labels:
                  role: canary
              steps:
              - setWeight: 50
              - pause: {}
        """);
    String first = awaitHealthy(user, "web", null);
    setImage(user, "web", "demo:green");
    awaitStatus(user, "web", s -> "Paused".equals(s.get("phase")));
    patchStatus(user, "web", "{\"status\":{\"pauseConditions\":null}}");
    String second = awaitHealthy(user, "web", first);
    await("old ReplicaSet deleted (revisionHistoryLimit 0)")
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                user.apps().replicaSets().inNamespace("default").withName("web-" + first).get()
                    == null);
    // restartAt: pods are replaced through the Eviction API
    String now = Instant.now().plusSeconds(1).toString().replaceAll("\\.\\d+Z$", "Z");
    Rollouts.of(user)
        .inNamespace("default")
        .withName("web")
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"restartAt\":\"" + now + "\"}}");
    awaitStatus(user, "web", s -> now.equals(s.get("restartedAt")));
    assertThat(second).isNotEqualTo(first);

    // a workloadRef to a Deployment, scaled down once the Rollout is Healthy; no spec.replicas
    user.apps()
        .deployments()
        .inNamespace("default")
        .resource(
            user.getKubernetesSerialization()
                .unmarshal(
                    """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: ref
                    spec:
                      replicas: 2
                      selector:
                        matchLabels:
                          app: ref
                      template:
                        metadata:
                          labels:
                            app: ref
                        spec:
                          containers:
                          - name: app
                            image: demo:blue
                    """,
                    Deployment.class))
        .create();
    create(
        user,
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata:
          name: ref
        spec:
          workloadRef:
            apiVersion: apps/v1
            kind: Deployment
            name: ref
            scaleDown: onsuccess
          strategy:
            canary:
              steps:
              - setWeight: 50
        """);
    awaitHealthy(user, "ref", null);
    await("Deployment scaled down")
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                user.apps()
                        .deployments()
                        .inNamespace("default")
                        .withName("ref")
                        .get()
                        .getSpec()
                        .getReplicas()
                    == 0);
    blueGreen(user);
    analysis(user);
  }

  /**
   * An analysis step whose run merges a namespaced and a cluster template (Job metrics, one with a
   * Secret argument, one Job kept), and a user's run deleted by its ttlStrategy.
   */
  private static void analysis(KubernetesClient user) {
    user.secrets()
        .inNamespace("default")
        .resource(
            new io.fabric8.kubernetes.api.model.SecretBuilder()
                .withNewMetadata()
                .withName("smoke-token")
                .endMetadata()
                .addToStringData("token", "s3cret")
                .build())
        .create();
    String job =
        """
            provider:
              job:
                spec:
                  backoffLimit: 0
                  template:
                    spec:
                      restartPolicy: Never
                      containers:
                      - name: check
                        image: registry.local/smoke:1
                        args: ["{{args.token}}"]
        """;
    apply(
        user,
        """
        apiVersion: argoproj.io/v1alpha1
        kind: ClusterAnalysisTemplate
        metadata: {name: smoke-cluster}
        spec:
          args:
          - name: token
            valueFrom: {secretKeyRef: {name: smoke-token, key: token}}
          metrics:
          - name: smoke
            count: 2
            interval: 1s
        """
            + job);
    apply(
        user,
        """
        apiVersion: argoproj.io/v1alpha1
        kind: AnalysisTemplate
        metadata: {name: smoke-ns}
        spec:
          metrics:
          - name: smoke-ns
        """
            + job);
    create(
        user,
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata:
          name: checked
        spec:
          replicas: 1
          selector:
            matchLabels:
              app: checked
          template:
            metadata:
              labels:
                app: checked
            spec:
              containers:
              - name: app
                image: demo:blue
          strategy:
            canary:
              steps:
              - setWeight: 50
              - analysis:
                  templates:
                  - templateName: smoke-cluster
                    clusterScope: true
                  - templateName: smoke-ns
                  measurementRetention:
                  - metricName: smoke
                    limit: 1
        """);
    String first = awaitHealthy(user, "checked", null);
    setImage(user, "checked", "demo:green");
    awaitHealthy(user, "checked", first);
    apply(
        user,
        """
        apiVersion: argoproj.io/v1alpha1
        kind: AnalysisRun
        metadata: {name: once}
        spec:
          ttlStrategy: {secondsAfterCompletion: 1}
          args: [{name: token, value: plain}]
          metrics:
          - name: once
        """
            + job);
    await("the user's run deleted by its ttlStrategy")
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                user.genericKubernetesResources("argoproj.io/v1alpha1", "AnalysisRun")
                        .inNamespace("default")
                        .withName("once")
                        .get()
                    == null);
  }

  private static void apply(KubernetesClient user, String yaml) {
    GenericKubernetesResource r =
        user.getKubernetesSerialization().unmarshal(yaml, GenericKubernetesResource.class);
    user.resource(r).inNamespace("default").create();
  }

  /** A blue-green update: the controller owns the active and preview Services' selectors. */
  private static void blueGreen(KubernetesClient user) {
    for (String service : java.util.List.of("bg-active", "bg-preview")) {
      user.services()
          .inNamespace("default")
          .resource(
              new io.fabric8.kubernetes.api.model.ServiceBuilder()
                  .withNewMetadata()
                  .withName(service)
                  .endMetadata()
                  .withNewSpec()
                  .addToSelector("app", "bg")
                  .addNewPort()
                  .withPort(80)
                  .endPort()
                  .endSpec()
                  .build())
          .create();
    }
    create(
        user,
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata:
          name: bg
        spec:
          replicas: 1
          selector:
            matchLabels:
              app: bg
          template:
            metadata:
              labels:
                app: bg
            spec:
              containers:
              - name: app
                image: demo:blue
          strategy:
            blueGreen:
              activeService: bg-active
              previewService: bg-preview
              scaleDownDelaySeconds: 1
        """);
    String first = awaitHealthy(user, "bg", null);
    setImage(user, "bg", "demo:green");
    awaitHealthy(user, "bg", first);
  }

  private static void create(KubernetesClient user, String yaml) {
    GenericKubernetesResource ro =
        user.getKubernetesSerialization().unmarshal(yaml, GenericKubernetesResource.class);
    Rollouts.of(user).inNamespace("default").resource(ro).create();
  }

  private static void setImage(KubernetesClient user, String name, String image) {
    Rollouts.of(user)
        .inNamespace("default")
        .withName(name)
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\""
                + image
                + "\"}]}}}}");
  }

  private static void patchStatus(KubernetesClient user, String name, String json) {
    Rollouts.of(user)
        .inNamespace("default")
        .withName(name)
        .subresource("status")
        .patch(PatchContext.of(PatchType.JSON_MERGE), json);
  }

  private static String awaitHealthy(KubernetesClient user, String name, String notHash) {
    awaitStatus(
        user,
        name,
        s ->
            "Healthy".equals(s.get("phase"))
                && s.get("stableRS") != null
                && s.get("stableRS").equals(s.get("currentPodHash"))
                && !s.get("stableRS").equals(notHash));
    return (String) status(user, name).get("stableRS");
  }

  private static void awaitStatus(
      KubernetesClient user, String name, Predicate<Map<String, Object>> condition) {
    await(name)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> condition.test(status(user, name)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> status(KubernetesClient user, String name) {
    GenericKubernetesResource ro = Rollouts.of(user).inNamespace("default").withName(name).get();
    Object s = ro == null ? null : ro.getAdditionalProperties().get("status");
    return s instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
