package dev.stepwise.api.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import dev.stepwise.api.common.DryRun;
import dev.stepwise.api.common.MeasurementRetention;
import dev.stepwise.api.common.PodTemplateMetadata;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec} of Experiment. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ExperimentSpec extends ApiObject {
  @JsonProperty("analyses")
  private List<ExperimentAnalysisTemplateRef> analyses;

  @JsonProperty("analysisRunMetadata")
  private PodTemplateMetadata analysisRunMetadata;

  @JsonProperty("dryRun")
  private List<DryRun> dryRun;

  @JsonProperty("duration")
  private String duration;

  @JsonProperty("measurementRetention")
  private List<MeasurementRetention> measurementRetention;

  @JsonProperty("progressDeadlineSeconds")
  private Integer progressDeadlineSeconds;

  @JsonProperty("scaleDownDelaySeconds")
  private Integer scaleDownDelaySeconds;

  @Required
  @JsonProperty("templates")
  private List<TemplateSpec> templates;

  @JsonProperty("terminate")
  private Boolean terminate;

  public List<ExperimentAnalysisTemplateRef> getAnalyses() {
    return analyses;
  }

  public void setAnalyses(List<ExperimentAnalysisTemplateRef> analyses) {
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

  public List<MeasurementRetention> getMeasurementRetention() {
    return measurementRetention;
  }

  public void setMeasurementRetention(List<MeasurementRetention> measurementRetention) {
    this.measurementRetention = measurementRetention;
  }

  public Integer getProgressDeadlineSeconds() {
    return progressDeadlineSeconds;
  }

  public void setProgressDeadlineSeconds(Integer progressDeadlineSeconds) {
    this.progressDeadlineSeconds = progressDeadlineSeconds;
  }

  public Integer getScaleDownDelaySeconds() {
    return scaleDownDelaySeconds;
  }

  public void setScaleDownDelaySeconds(Integer scaleDownDelaySeconds) {
    this.scaleDownDelaySeconds = scaleDownDelaySeconds;
  }

  public List<TemplateSpec> getTemplates() {
    return templates;
  }

  public void setTemplates(List<TemplateSpec> templates) {
    this.templates = templates;
  }

  public Boolean getTerminate() {
    return terminate;
  }

  public void setTerminate(Boolean terminate) {
    this.terminate = terminate;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExperimentSpec that
        && Objects.equals(analyses, that.analyses)
        && Objects.equals(analysisRunMetadata, that.analysisRunMetadata)
        && Objects.equals(dryRun, that.dryRun)
        && Objects.equals(duration, that.duration)
        && Objects.equals(measurementRetention, that.measurementRetention)
        && Objects.equals(progressDeadlineSeconds, that.progressDeadlineSeconds)
        && Objects.equals(scaleDownDelaySeconds, that.scaleDownDelaySeconds)
        && Objects.equals(templates, that.templates)
        && Objects.equals(terminate, that.terminate)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        analyses,
        analysisRunMetadata,
        dryRun,
        duration,
        measurementRetention,
        progressDeadlineSeconds,
        scaleDownDelaySeconds,
        templates,
        terminate,
        extras());
  }
}
