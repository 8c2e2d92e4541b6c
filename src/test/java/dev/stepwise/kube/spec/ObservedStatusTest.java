package dev.stepwise.kube.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ConditionView;
import dev.stepwise.domain.ObservedStatus;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The status as users leave it after the upstream kubectl plugin's merge patches (§4). */
class ObservedStatusTest {
  private static final String PAUSED_AT_STEP_1 =
      """
      metadata:
        name: web
        managedFields:
        - {manager: stepwise, operation: Update, subresource: status, time: "2024-05-01T10:00:00Z",
           fieldsType: FieldsV1, fieldsV1: {"f:status": {"f:pauseConditions": {}}}}
        - {manager: kubectl-client-side-apply, operation: Update, time: "2024-05-01T10:05:00Z",
           fieldsType: FieldsV1, fieldsV1: {"f:spec": {"f:replicas": {}}}}
      spec: {}
      status:
        currentStepIndex: 1
        currentPodHash: 6b56c8cdb4
        currentStepHash: 5f8fbf8d7
        controllerPause: true
        pauseConditions: [{reason: CanaryPauseStep, startTime: "2024-05-01T10:00:00Z"}]
        conditions:
        - {type: Paused, status: "True", reason: RolloutPaused, message: Rollout is paused,
           lastTransitionTime: "2024-05-01T10:00:00Z", lastUpdateTime: "2024-05-01T10:00:01Z"}
      """;

  @Test
  void readsTheControllerPublishedStatus() {
    MappedRollout ro = RolloutSpecMapper.map(Yaml.map(PAUSED_AT_STEP_1));
    assertThat(ro.status())
        .isEqualTo(
            new ObservedStatus(false, false, 1, true, 1, "6b56c8cdb4", "5f8fbf8d7", "stepwise"));
    assertThat(ro.conditions())
        .containsExactly(
            new ConditionView(
                "Paused",
                "True",
                "RolloutPaused",
                "Rollout is paused",
                Instant.parse("2024-05-01T10:00:00Z"),
                Instant.parse("2024-05-01T10:00:01Z")));
  }

  @Test
  void readsRestartedAt() {
    String yaml = PAUSED_AT_STEP_1 + "  restartedAt: \"2024-05-01T11:00:00Z\"\n";
    MappedRollout ro = RolloutSpecMapper.map(Yaml.map(yaml));
    assertThat(ro.status().restartedAt()).isEqualTo(Instant.parse("2024-05-01T11:00:00Z"));
  }

  @Test
  void promoteClearsThePauseConditionsAndIsAttributedToThePlugin() {
    ObservedStatus status =
        afterPluginPatch(Map.of("pauseConditions", nullValue()), "2024-05-01T10:06:00Z");
    assertThat(status.pauseConditionCount()).isZero();
    assertThat(status.controllerPause()).isTrue();
    assertThat(status.currentStepIndex()).isEqualTo(1);
    assertThat(status.manager()).isEqualTo("kubectl-argo-rollouts");
  }

  @Test
  void promoteWithoutAPauseBumpsTheStepIndex() {
    Map<String, Object> patch = new LinkedHashMap<>();
    patch.put("pauseConditions", null);
    patch.put("currentStepIndex", 2);
    ObservedStatus status = afterPluginPatch(patch, "2024-05-01T10:06:00Z");
    assertThat(status.currentStepIndex()).isEqualTo(2);
    assertThat(status.pauseConditionCount()).isZero();
  }

  @Test
  void promoteFullAbortAndRetrySetTheirFlags() {
    assertThat(afterPluginPatch(Map.of("promoteFull", true), "2024-05-01T10:06:00Z").promoteFull())
        .isTrue();
    assertThat(afterPluginPatch(Map.of("abort", true), "2024-05-01T10:06:00Z").abort()).isTrue();
    assertThat(afterPluginPatch(Map.of("abort", false), "2024-05-01T10:06:00Z").abort()).isFalse();
  }

  @Test
  void theMostRecentStatusWriterWinsWhateverTheListOrder() {
    // the plugin's entry is first in the list but older than the controller's
    Map<String, Object> ro = Yaml.map(PAUSED_AT_STEP_1);
    managedFields(ro).add(0, pluginEntry("2024-05-01T09:00:00Z"));
    assertThat(RolloutSpecMapper.map(ro).status().manager()).isEqualTo("stepwise");
  }

  @Test
  void aStatusTouchedOnlyThroughTheMainResourceIsAttributedByItsFields() {
    Map<String, Object> ro = Yaml.map(PAUSED_AT_STEP_1);
    managedFields(ro)
        .add(
            Yaml.map(
                """
                {manager: old-plugin, operation: Update, time: "2024-05-01T11:00:00Z",
                 fieldsType: FieldsV1, fieldsV1: {"f:spec": {}, "f:status": {"f:abort": {}}}}
                """));
    assertThat(RolloutSpecMapper.map(ro).status().manager()).isEqualTo("old-plugin");
  }

  @Test
  void withNoStatusWriterTheManagerIsUnknown() {
    Map<String, Object> ro = Yaml.map(PAUSED_AT_STEP_1);
    managedFields(ro).remove(0);
    assertThat(RolloutSpecMapper.map(ro).status().manager()).isNull();
  }

  @Test
  void mapsAGenericKubernetesResourceAsFabric8ReturnsIt() {
    KubernetesSerialization serialization = new KubernetesSerialization();
    GenericKubernetesResource resource =
        serialization.unmarshal(
            "apiVersion: argoproj.io/v1alpha1\nkind: Rollout\n"
                + PAUSED_AT_STEP_1.replace(
                    "metadata:\n", "metadata:\n  resourceVersion: \"42\"\n  generation: 2\n"),
            GenericKubernetesResource.class);
    MappedRollout ro = RolloutSpecMapper.map(resource);
    assertThat(ro.name()).isEqualTo("web");
    assertThat(ro.resourceVersion()).isEqualTo(42);
    assertThat(ro.generation()).isEqualTo(2);
    assertThat(ro.status().manager()).isEqualTo("stepwise");
    assertThat(ro.status().pauseConditionCount()).isEqualTo(1);
  }

  private static ObservedStatus afterPluginPatch(Map<String, Object> statusPatch, String time) {
    Map<String, Object> ro = Yaml.map(PAUSED_AT_STEP_1);
    MergePatch.apply(ro, Map.of("status", statusPatch));
    managedFields(ro).add(pluginEntry(time));
    return RolloutSpecMapper.map(ro).status();
  }

  private static Map<String, Object> pluginEntry(String time) {
    return Yaml.map(
        """
        {manager: kubectl-argo-rollouts, operation: Update, subresource: status, time: "%s",
         fieldsType: FieldsV1, fieldsV1: {"f:status": {}}}
        """
            .formatted(time));
  }

  @SuppressWarnings("unchecked")
  private static java.util.List<Object> managedFields(Map<String, Object> ro) {
    return (java.util.List<Object>) ((Map<String, Object>) ro.get("metadata")).get("managedFields");
  }

  private static Object nullValue() {
    return MergePatch.NULL;
  }
}
