package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.kubernetes.model.annotation.LabelSelector;
import io.fabric8.kubernetes.model.annotation.StatusReplicas;
import java.util.List;
import java.util.Objects;

/** The Argo Rollouts object found at {@code status} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RolloutStatus extends ApiObject {
  @StatusReplicas
  @JsonProperty("HPAReplicas")
  private Integer hpaReplicas;

  @JsonProperty("abort")
  private Boolean abort;

  @JsonProperty("abortedAt")
  private String abortedAt;

  @JsonProperty("alb")
  private AlbStatus alb;

  @JsonProperty("albs")
  private List<AlbStatus> albs;

  @JsonProperty("availableReplicas")
  private Integer availableReplicas;

  @JsonProperty("blueGreen")
  private BlueGreenStatus blueGreen;

  @JsonProperty("canary")
  private CanaryStatus canary;

  @JsonProperty("collisionCount")
  private Integer collisionCount;

  @JsonProperty("conditions")
  private List<RolloutCondition> conditions;

  @JsonProperty("controllerPause")
  private Boolean controllerPause;

  @JsonProperty("currentPodHash")
  private String currentPodHash;

  @JsonProperty("currentStepHash")
  private String currentStepHash;

  @JsonProperty("currentStepIndex")
  private Integer currentStepIndex;

  @JsonProperty("duration")
  private RolloutDuration duration;

  @JsonProperty("message")
  private String message;

  @JsonProperty("observedGeneration")
  private String observedGeneration;

  @JsonProperty("pauseConditions")
  private List<PauseCondition> pauseConditions;

  @JsonProperty("phase")
  private String phase;

  @JsonProperty("promoteFull")
  private Boolean promoteFull;

  @JsonProperty("readyReplicas")
  private Integer readyReplicas;

  @JsonProperty("replicas")
  private Integer replicas;

  @JsonProperty("restartedAt")
  private String restartedAt;

  @LabelSelector
  @JsonProperty("selector")
  private String selector;

  @JsonProperty("stableRS")
  private String stableRS;

  @JsonProperty("updatedReplicas")
  private Integer updatedReplicas;

  @JsonProperty("workloadObservedGeneration")
  private String workloadObservedGeneration;

  public Integer getHpaReplicas() {
    return hpaReplicas;
  }

  public void setHpaReplicas(Integer hpaReplicas) {
    this.hpaReplicas = hpaReplicas;
  }

  public Boolean getAbort() {
    return abort;
  }

  public void setAbort(Boolean abort) {
    this.abort = abort;
  }

  public String getAbortedAt() {
    return abortedAt;
  }

  public void setAbortedAt(String abortedAt) {
    this.abortedAt = abortedAt;
  }

  public AlbStatus getAlb() {
    return alb;
  }

  public void setAlb(AlbStatus alb) {
    this.alb = alb;
  }

  public List<AlbStatus> getAlbs() {
    return albs;
  }

  public void setAlbs(List<AlbStatus> albs) {
    this.albs = albs;
  }

  public Integer getAvailableReplicas() {
    return availableReplicas;
  }

  public void setAvailableReplicas(Integer availableReplicas) {
    this.availableReplicas = availableReplicas;
  }

  public BlueGreenStatus getBlueGreen() {
    return blueGreen;
  }

  public void setBlueGreen(BlueGreenStatus blueGreen) {
    this.blueGreen = blueGreen;
  }

  public CanaryStatus getCanary() {
    return canary;
  }

  public void setCanary(CanaryStatus canary) {
    this.canary = canary;
  }

  public Integer getCollisionCount() {
    return collisionCount;
  }

  public void setCollisionCount(Integer collisionCount) {
    this.collisionCount = collisionCount;
  }

  public List<RolloutCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<RolloutCondition> conditions) {
    this.conditions = conditions;
  }

  public Boolean getControllerPause() {
    return controllerPause;
  }

  public void setControllerPause(Boolean controllerPause) {
    this.controllerPause = controllerPause;
  }

  public String getCurrentPodHash() {
    return currentPodHash;
  }

  public void setCurrentPodHash(String currentPodHash) {
    this.currentPodHash = currentPodHash;
  }

  public String getCurrentStepHash() {
    return currentStepHash;
  }

  public void setCurrentStepHash(String currentStepHash) {
    this.currentStepHash = currentStepHash;
  }

  public Integer getCurrentStepIndex() {
    return currentStepIndex;
  }

  public void setCurrentStepIndex(Integer currentStepIndex) {
    this.currentStepIndex = currentStepIndex;
  }

  public RolloutDuration getDuration() {
    return duration;
  }

  public void setDuration(RolloutDuration duration) {
    this.duration = duration;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(String observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public List<PauseCondition> getPauseConditions() {
    return pauseConditions;
  }

  public void setPauseConditions(List<PauseCondition> pauseConditions) {
    this.pauseConditions = pauseConditions;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public Boolean getPromoteFull() {
    return promoteFull;
  }

  public void setPromoteFull(Boolean promoteFull) {
    this.promoteFull = promoteFull;
  }

  public Integer getReadyReplicas() {
    return readyReplicas;
  }

  public void setReadyReplicas(Integer readyReplicas) {
    this.readyReplicas = readyReplicas;
  }

  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  public String getRestartedAt() {
    return restartedAt;
  }

  public void setRestartedAt(String restartedAt) {
    this.restartedAt = restartedAt;
  }

  public String getSelector() {
    return selector;
  }

  public void setSelector(String selector) {
    this.selector = selector;
  }

  public String getStableRS() {
    return stableRS;
  }

  public void setStableRS(String stableRS) {
    this.stableRS = stableRS;
  }

  public Integer getUpdatedReplicas() {
    return updatedReplicas;
  }

  public void setUpdatedReplicas(Integer updatedReplicas) {
    this.updatedReplicas = updatedReplicas;
  }

  public String getWorkloadObservedGeneration() {
    return workloadObservedGeneration;
  }

  public void setWorkloadObservedGeneration(String workloadObservedGeneration) {
    this.workloadObservedGeneration = workloadObservedGeneration;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RolloutStatus that
        && Objects.equals(hpaReplicas, that.hpaReplicas)
        && Objects.equals(abort, that.abort)
        && Objects.equals(abortedAt, that.abortedAt)
        && Objects.equals(alb, that.alb)
        && Objects.equals(albs, that.albs)
        && Objects.equals(availableReplicas, that.availableReplicas)
        && Objects.equals(blueGreen, that.blueGreen)
        && Objects.equals(canary, that.canary)
        && Objects.equals(collisionCount, that.collisionCount)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(controllerPause, that.controllerPause)
        && Objects.equals(currentPodHash, that.currentPodHash)
        && Objects.equals(currentStepHash, that.currentStepHash)
        && Objects.equals(currentStepIndex, that.currentStepIndex)
        && Objects.equals(duration, that.duration)
        && Objects.equals(message, that.message)
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(pauseConditions, that.pauseConditions)
        && Objects.equals(phase, that.phase)
        && Objects.equals(promoteFull, that.promoteFull)
        && Objects.equals(readyReplicas, that.readyReplicas)
        && Objects.equals(replicas, that.replicas)
        && Objects.equals(restartedAt, that.restartedAt)
        && Objects.equals(selector, that.selector)
        && Objects.equals(stableRS, that.stableRS)
        && Objects.equals(updatedReplicas, that.updatedReplicas)
        && Objects.equals(workloadObservedGeneration, that.workloadObservedGeneration)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        hpaReplicas,
        abort,
        abortedAt,
        alb,
        albs,
        availableReplicas,
        blueGreen,
        canary,
        collisionCount,
        conditions,
        controllerPause,
        currentPodHash,
        currentStepHash,
        currentStepIndex,
        duration,
        message,
        observedGeneration,
        pauseConditions,
        phase,
        promoteFull,
        readyReplicas,
        replicas,
        restartedAt,
        selector,
        stableRS,
        updatedReplicas,
        workloadObservedGeneration,
        extras());
  }
}
