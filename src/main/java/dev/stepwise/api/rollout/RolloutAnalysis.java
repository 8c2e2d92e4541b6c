package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.AnalysisTemplateRef;
import dev.stepwise.api.common.ApiObject;
import dev.stepwise.api.common.DryRun;
import dev.stepwise.api.common.MeasurementRetention;
import dev.stepwise.api.common.PodTemplateMetadata;
import java.util.List;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.blueGreen.postPromotionAnalysis} of
 * Rollout, {@code spec.strategy.blueGreen.prePromotionAnalysis} of Rollout, {@code
 * spec.strategy.canary.steps[].analysis} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RolloutAnalysis extends ApiObject {
  @JsonProperty("analysisRunMetadata")
  private PodTemplateMetadata analysisRunMetadata;

  @JsonProperty("args")
  private List<AnalysisRunArgument> args;

  @JsonProperty("dryRun")
  private List<DryRun> dryRun;

  @JsonProperty("measurementRetention")
  private List<MeasurementRetention> measurementRetention;

  @JsonProperty("templates")
  private List<AnalysisTemplateRef> templates;

  public PodTemplateMetadata getAnalysisRunMetadata() {
    return analysisRunMetadata;
  }

  public void setAnalysisRunMetadata(PodTemplateMetadata analysisRunMetadata) {
    this.analysisRunMetadata = analysisRunMetadata;
  }

  public List<AnalysisRunArgument> getArgs() {
    return args;
  }

  public void setArgs(List<AnalysisRunArgument> args) {
    this.args = args;
  }

  public List<DryRun> getDryRun() {
    return dryRun;
  }

  public void setDryRun(List<DryRun> dryRun) {
    this.dryRun = dryRun;
  }

  public List<MeasurementRetention> getMeasurementRetention() {
    return measurementRetention;
  }

  public void setMeasurementRetention(List<MeasurementRetention> measurementRetention) {
    this.measurementRetention = measurementRetention;
  }

  public List<AnalysisTemplateRef> getTemplates() {
    return templates;
  }

  public void setTemplates(List<AnalysisTemplateRef> templates) {
    this.templates = templates;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RolloutAnalysis that
        && Objects.equals(analysisRunMetadata, that.analysisRunMetadata)
        && Objects.equals(args, that.args)
        && Objects.equals(dryRun, that.dryRun)
        && Objects.equals(measurementRetention, that.measurementRetention)
        && Objects.equals(templates, that.templates)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        analysisRunMetadata, args, dryRun, measurementRetention, templates, extras());
  }
}
