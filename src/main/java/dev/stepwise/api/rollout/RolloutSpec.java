package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.model.annotation.SpecReplicas;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RolloutSpec extends ApiObject {
  @JsonProperty("analysis")
  private AnalysisRunStrategy analysis;

  @JsonProperty("minReadySeconds")
  private Integer minReadySeconds;

  @JsonProperty("paused")
  private Boolean paused;

  @JsonProperty("progressDeadlineAbort")
  private Boolean progressDeadlineAbort;

  @JsonProperty("progressDeadlineSeconds")
  private Integer progressDeadlineSeconds;

  @SpecReplicas
  @JsonProperty("replicas")
  private Integer replicas;

  @JsonProperty("restartAt")
  private String restartAt;

  @JsonProperty("revisionHistoryLimit")
  private Integer revisionHistoryLimit;

  @JsonProperty("rollbackWindow")
  private RollbackWindowSpec rollbackWindow;

  @JsonProperty("selector")
  private LabelSelector selector;

  @JsonProperty("strategy")
  private RolloutStrategy strategy;

  @JsonProperty("template")
  private PodTemplateSpec template;

  @JsonProperty("workloadRef")
  private ObjectRef workloadRef;

  public AnalysisRunStrategy getAnalysis() {
    return analysis;
  }

  public void setAnalysis(AnalysisRunStrategy analysis) {
    this.analysis = analysis;
  }

  public Integer getMinReadySeconds() {
    return minReadySeconds;
  }

  public void setMinReadySeconds(Integer minReadySeconds) {
    this.minReadySeconds = minReadySeconds;
  }

  public Boolean getPaused() {
    return paused;
  }

  public void setPaused(Boolean paused) {
    this.paused = paused;
  }

  public Boolean getProgressDeadlineAbort() {
    return progressDeadlineAbort;
  }

  public void setProgressDeadlineAbort(Boolean progressDeadlineAbort) {
    this.progressDeadlineAbort = progressDeadlineAbort;
  }

  public Integer getProgressDeadlineSeconds() {
    return progressDeadlineSeconds;
  }

  public void setProgressDeadlineSeconds(Integer progressDeadlineSeconds) {
    this.progressDeadlineSeconds = progressDeadlineSeconds;
  }

  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  public String getRestartAt() {
    return restartAt;
  }

  public void setRestartAt(String restartAt) {
    this.restartAt = restartAt;
  }

  public Integer getRevisionHistoryLimit() {
    return revisionHistoryLimit;
  }

  public void setRevisionHistoryLimit(Integer revisionHistoryLimit) {
    this.revisionHistoryLimit = revisionHistoryLimit;
  }

  public RollbackWindowSpec getRollbackWindow() {
    return rollbackWindow;
  }

  public void setRollbackWindow(RollbackWindowSpec rollbackWindow) {
    this.rollbackWindow = rollbackWindow;
  }

  public LabelSelector getSelector() {
    return selector;
  }

  public void setSelector(LabelSelector selector) {
    this.selector = selector;
  }

  public RolloutStrategy getStrategy() {
    return strategy;
  }

  public void setStrategy(RolloutStrategy strategy) {
    this.strategy = strategy;
  }

  public PodTemplateSpec getTemplate() {
    return template;
  }

  public void setTemplate(PodTemplateSpec template) {
    this.template = template;
  }

  public ObjectRef getWorkloadRef() {
    return workloadRef;
  }

  public void setWorkloadRef(ObjectRef workloadRef) {
    this.workloadRef = workloadRef;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RolloutSpec that
        && Objects.equals(analysis, that.analysis)
        && Objects.equals(minReadySeconds, that.minReadySeconds)
        && Objects.equals(paused, that.paused)
        && Objects.equals(progressDeadlineAbort, that.progressDeadlineAbort)
        && Objects.equals(progressDeadlineSeconds, that.progressDeadlineSeconds)
        && Objects.equals(replicas, that.replicas)
        && Objects.equals(restartAt, that.restartAt)
        && Objects.equals(revisionHistoryLimit, that.revisionHistoryLimit)
        && Objects.equals(rollbackWindow, that.rollbackWindow)
        && Objects.equals(selector, that.selector)
        && Objects.equals(strategy, that.strategy)
        && Objects.equals(template, that.template)
        && Objects.equals(workloadRef, that.workloadRef)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        analysis,
        minReadySeconds,
        paused,
        progressDeadlineAbort,
        progressDeadlineSeconds,
        replicas,
        restartAt,
        revisionHistoryLimit,
        rollbackWindow,
        selector,
        strategy,
        template,
        workloadRef,
        extras());
  }
}
