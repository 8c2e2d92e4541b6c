package dev.stepwise.api.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.strategy.blueGreen.postPromotionAnalysis.templates[]} of Rollout, {@code
 * spec.strategy.blueGreen.prePromotionAnalysis.templates[]} of Rollout, {@code
 * spec.strategy.canary.analysis.templates[]} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AnalysisTemplateRef extends ApiObject {
  @JsonProperty("clusterScope")
  private Boolean clusterScope;

  @JsonProperty("templateName")
  private String templateName;

  public Boolean getClusterScope() {
    return clusterScope;
  }

  public void setClusterScope(Boolean clusterScope) {
    this.clusterScope = clusterScope;
  }

  public String getTemplateName() {
    return templateName;
  }

  public void setTemplateName(String templateName) {
    this.templateName = templateName;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnalysisTemplateRef that
        && Objects.equals(clusterScope, that.clusterScope)
        && Objects.equals(templateName, that.templateName)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clusterScope, templateName, extras());
  }
}
