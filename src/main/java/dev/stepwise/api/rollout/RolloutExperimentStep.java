package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import dev.stepwise.api.common.DryRun;
import dev.stepwise.api.common.PodTemplateMetadata;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec.strategy.canary.steps[].experiment} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RolloutExperimentStep extends ApiObject {
  @JsonProperty("analyses")
  private List<RolloutExperimentStepAnalysisTemplateRef> analyses;

  @JsonProperty("analysisRunMetadata")
  private PodTemplateMetadata analysisRunMetadata;

  @JsonProperty("dryRun")
  private List<DryRun> dryRun;

  @JsonProperty("duration")
  private String duration;

  @JsonProperty("scaleDownDelaySeconds")
  private Integer scaleDownDelaySeconds;

  @Required
  @JsonProperty("templates")
  private List<RolloutExperimentTemplate> templates;

  public List<RolloutExperimentStepAnalysisTemplateRef> getAnalyses() {
    return analyses;
  }

  public void setAnalyses(List<RolloutExperimentStepAnalysisTemplateRef> analyses) {
    this.analyses = analyses;
  }

  public PodTemplateMetadata getAnalysisRunMetadata() {
    return analysisRunMetadata;
  }

  public void setAnalysisRunMetadata(PodTemplateMetadata analysisRunMetadata) {
    this.analysisRunMetadata = analysisRunMetadata;
  }

  public List<DryRun> getDryRun() {
    return dryRun;
  }

  public void setDryRun(List<DryRun> dryRun) {
    this.dryRun = dryRun;
  }

  public String getDuration() {
    return duration;
  }

  public void setDuration(String duration) {
    this.duration = duration;
  }

  public Integer getScaleDownDelaySeconds() {
    return scaleDownDelaySeconds;
  }

  public void setScaleDownDelaySeconds(Integer scaleDownDelaySeconds) {
    this.scaleDownDelaySeconds = scaleDownDelaySeconds;
  }

  public List<RolloutExperimentTemplate> getTemplates() {
    return templates;
  }

  public void setTemplates(List<RolloutExperimentTemplate> templates) {
    this.templates = templates;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RolloutExperimentStep that
        && Objects.equals(analyses, that.analyses)
        && Objects.equals(analysisRunMetadata, that.analysisRunMetadata)
        && Objects.equals(dryRun, that.dryRun)
        && Objects.equals(duration, that.duration)
        && Objects.equals(scaleDownDelaySeconds, that.scaleDownDelaySeconds)
        && Objects.equals(templates, that.templates)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        analyses,
        analysisRunMetadata,
        dryRun,
        duration,
        scaleDownDelaySeconds,
        templates,
        extras());
  }
}
