package dev.stepwise.kube;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the informer caches keep of each kind, as a real API server returns it. */
class CacheTrimTest {
  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private static final String MANAGED_SPEC =
      """
      {"manager":"kubectl-client-side-apply","operation":"Update","apiVersion":"v1",
       "time":"2026-11-27T05:00:00Z","fieldsType":"FieldsV1",
       "fieldsV1":{"f:metadata":{"f:annotations":{".":{}}},"f:spec":{"f:replicas":{}}}}""";

  private static final String POD =
      """
      {"apiVersion":"v1","kind":"Pod","metadata":{"name":"web-abc-x1","namespace":"ns",
        "uid":"u-1","resourceVersion":"42","creationTimestamp":"2026-11-27T05:00:00Z",
        "deletionTimestamp":"2026-11-27T05:10:00Z",
        "labels":{"app":"web","rollouts-pod-template-hash":"abc","role":"canary"},
        "annotations":{"note":"x","kubectl.kubernetes.io/last-applied-configuration":"{...}"},
        "ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"web-abc",
          "uid":"rs-1","controller":true}],
        "managedFields":[%s]},
       "spec":{"nodeName":"node-1","containers":[{"name":"app","image":"demo:blue",
         "env":[{"name":"A","value":"1"}]}]},
       "status":{"phase":"Running","podIP":"10.0.0.7","startTime":"2026-11-27T05:00:01Z",
         "conditions":[{"type":"PodScheduled","status":"True"},
           {"type":"Ready","status":"True","lastTransitionTime":"2026-11-27T05:00:03Z"}],
         "containerStatuses":[{"name":"app","ready":true,"restartCount":0,"image":"demo:blue"}]}}
      """
          .formatted(MANAGED_SPEC);

  @Test
  void aPodKeepsItsIdentityLabelsOwnersTimesAndReadinessOnly() {
    Pod pod = JSON.unmarshal(POD, Pod.class);
    CacheTrim.pod(pod);
    var meta = pod.getMetadata();
    assertThat(meta.getName()).isEqualTo("web-abc-x1");
    assertThat(meta.getNamespace()).isEqualTo("ns");
    assertThat(meta.getUid()).isEqualTo("u-1");
    assertThat(meta.getResourceVersion()).isEqualTo("42");
    assertThat(meta.getCreationTimestamp()).isEqualTo("2026-11-27T05:00:00Z");
    assertThat(meta.getDeletionTimestamp()).isEqualTo("2026-11-27T05:10:00Z");
    assertThat(meta.getLabels()).containsEntry("role", "canary").hasSize(3);
    assertThat(meta.getAnnotations()).isEqualTo(Map.of("note", "x"));
    assertThat(meta.getOwnerReferences()).singleElement().extracting("name").isEqualTo("web-abc");
    assertThat(meta.getManagedFields()).isEmpty();
    assertThat(pod.getSpec()).isNull();
    assertThat(pod.getStatus().getPhase()).isNull();
    assertThat(pod.getStatus().getContainerStatuses()).isEmpty();
    assertThat(pod.getStatus().getConditions())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getType()).isEqualTo("Ready");
              assertThat(c.getStatus()).isEqualTo("True");
            });
  }

  @Test
  void aTrimmedPodIsSerialisedWithoutSpecOrManagedFields() {
    Pod pod = JSON.unmarshal(POD, Pod.class);
    int before = JSON.asJson(pod).length();
    CacheTrim.pod(pod);
    String after = JSON.asJson(pod);
    assertThat(after).doesNotContain("managedFields", "containers", "podIP", "last-applied");
    assertThat(after.length()).isLessThan(before / 2);
  }

  @Test
  void aReplicaSetKeepsWhatItsViewAndTheDecoratorRead() {
    String json =
        """
        {"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"web-abc","namespace":"ns",
          "resourceVersion":"7","creationTimestamp":"2026-11-27T05:00:00Z",
          "labels":{"rollouts-pod-template-hash":"abc"},
          "annotations":{"rollout.argoproj.io/revision":"2",
            "rollout.argoproj.io/desired-replicas":"3"},
          "ownerReferences":[{"apiVersion":"argoproj.io/v1alpha1","kind":"Rollout",
            "name":"web","uid":"r-1","controller":true}],
          "managedFields":[%s]},
         "spec":{"replicas":3,"selector":{"matchLabels":{"app":"web"}},
           "template":{"metadata":{"labels":{"app":"web"},"annotations":{"a":"b"}},
             "spec":{"containers":[{"name":"app","image":"demo:blue"}],
               "affinity":{"podAntiAffinity":{"requiredDuringSchedulingIgnoredDuringExecution":[
                 {"topologyKey":"kubernetes.io/hostname"}]}}}}},
         "status":{"replicas":3,"readyReplicas":2,"availableReplicas":1}}
        """
            .formatted(MANAGED_SPEC);
    ReplicaSet rs = JSON.unmarshal(json, ReplicaSet.class);
    var viewBefore = ReplicaSetViews.view(rs);
    var ownerBefore = ReplicaSetViews.rolloutOwner(rs);
    CacheTrim.replicaSet(rs);
    assertThat(ReplicaSetViews.view(rs)).isEqualTo(viewBefore);
    assertThat(ReplicaSetViews.rolloutOwner(rs)).isEqualTo(ownerBefore);
    assertThat(rs.getMetadata().getResourceVersion()).isEqualTo("7");
    assertThat(rs.getMetadata().getManagedFields()).isEmpty();
    var template = rs.getSpec().getTemplate();
    assertThat(template.getMetadata().getAnnotations()).containsEntry("a", "b");
    assertThat(template.getSpec().getContainers()).isEmpty();
    assertThat(template.getSpec().getAffinity().getPodAntiAffinity()).isNotNull();

    ReplicaSet plain =
        JSON.unmarshal(json.replaceAll("(?s),\\s*\"affinity\".*?}]}}", ""), ReplicaSet.class);
    CacheTrim.replicaSet(plain);
    assertThat(plain.getSpec().getTemplate().getSpec()).as("no affinity: nothing to keep").isNull();
  }

  @Test
  void aRolloutDecodesTheSameAndKeepsOnlyWhoLastWroteItsStatus() {
    String json =
        """
        {"apiVersion":"argoproj.io/v1alpha1","kind":"Rollout","metadata":{"name":"web",
          "namespace":"ns","uid":"r-1","generation":3,"resourceVersion":"9",
          "annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{...}","keep":"me"},
          "managedFields":[%s,
           {"manager":"kubectl-argo-rollouts","operation":"Update","time":"2026-11-27T05:02:00Z",
            "fieldsType":"FieldsV1","fieldsV1":{"f:status":{"f:abort":{}}}},
           {"manager":"stepwise","operation":"Update","subresource":"status",
            "time":"2026-11-27T05:01:00Z","fieldsType":"FieldsV1",
            "fieldsV1":{"f:status":{"f:phase":{},"f:conditions":{}}}}]},
         "spec":{"replicas":1,"selector":{"matchLabels":{"app":"web"}},
           "template":{"metadata":{"labels":{"app":"web"}},
             "spec":{"containers":[{"name":"app","image":"demo:blue"}]}},
           "strategy":{"canary":{"steps":[{"setWeight":50},{"pause":{}}]}}},
         "status":{"abort":true,"currentStepIndex":1,"phase":"Degraded"}}
        """
            .formatted(MANAGED_SPEC);
    GenericKubernetesResource ro = JSON.unmarshal(json, GenericKubernetesResource.class);
    var decoder = new SpecDecoder();
    var before = decoder.observe(ro);
    String hashBefore = decoder.templateHash(ro);
    CacheTrim.rollout(ro);
    assertThat(decoder.observe(ro)).isEqualTo(before);
    assertThat(before.status().manager()).isEqualTo("kubectl-argo-rollouts");
    assertThat(decoder.templateHash(ro)).isEqualTo(hashBefore);
    assertThat(ro.getMetadata().getAnnotations()).isEqualTo(Map.of("keep", "me"));
    assertThat(ro.getMetadata().getManagedFields())
        .extracting(e -> e.getManager())
        .containsExactly("kubectl-argo-rollouts", "stepwise");
    assertThat(JSON.asJson(ro)).doesNotContain("f:abort", "f:phase", "f:spec");
  }

  @Test
  void anAnalysisRunKeepsWhatItsWatcherReads() {
    String json =
        """
        {"apiVersion":"argoproj.io/v1alpha1","kind":"AnalysisRun","metadata":{"name":"run",
          "namespace":"ns","managedFields":[%s]},
         "spec":{"terminate":true,"ttlStrategy":{"secondsAfterCompletion":60},
           "metrics":[{"name":"m","provider":{"web":{"url":"http://x"}}}]},
         "status":{"phase":"Running","metricResults":[{"name":"m","measurements":[{}]}]}}
        """
            .formatted(MANAGED_SPEC);
    GenericKubernetesResource run = JSON.unmarshal(json, GenericKubernetesResource.class);
    CacheTrim.analysisRun(run);
    assertThat(run.getAdditionalProperties().get("spec"))
        .isEqualTo(Map.of("terminate", true, "ttlStrategy", Map.of("secondsAfterCompletion", 60)));
    assertThat(run.getAdditionalProperties().get("status")).isEqualTo(Map.of("phase", "Running"));
    assertThat(run.getMetadata().getManagedFields()).isEmpty();
  }
}
