package dev.stepwise.api.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.blueGreen.activeMetadata} of Rollout,
 * {@code spec.strategy.blueGreen.postPromotionAnalysis.analysisRunMetadata} of Rollout, {@code
 * spec.strategy.blueGreen.prePromotionAnalysis.analysisRunMetadata} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PodTemplateMetadata extends ApiObject {
  @JsonProperty("annotations")
  private Map<String, String> annotations;

  @JsonProperty("labels")
  private Map<String, String> labels;

  public Map<String, String> getAnnotations() {
    return annotations;
  }

  public void setAnnotations(Map<String, String> annotations) {
    this.annotations = annotations;
  }

  public Map<String, String> getLabels() {
    return labels;
  }

  public void setLabels(Map<String, String> labels) {
    this.labels = labels;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PodTemplateMetadata that
        && Objects.equals(annotations, that.annotations)
        && Objects.equals(labels, that.labels)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(annotations, labels, extras());
  }
}
