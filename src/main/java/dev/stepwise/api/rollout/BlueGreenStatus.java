package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/** The Argo Rollouts object found at {@code status.blueGreen} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BlueGreenStatus extends ApiObject {
  @JsonProperty("activeSelector")
  private String activeSelector;

  @JsonProperty("postPromotionAnalysisRunStatus")
  private RolloutAnalysisRunStatus postPromotionAnalysisRunStatus;

  @JsonProperty("prePromotionAnalysisRunStatus")
  private RolloutAnalysisRunStatus prePromotionAnalysisRunStatus;

  @JsonProperty("previewSelector")
  private String previewSelector;

  @JsonProperty("scaleUpPreviewCheckPoint")
  private Boolean scaleUpPreviewCheckPoint;

  public String getActiveSelector() {
    return activeSelector;
  }

  public void setActiveSelector(String activeSelector) {
    this.activeSelector = activeSelector;
  }

  public RolloutAnalysisRunStatus getPostPromotionAnalysisRunStatus() {
    return postPromotionAnalysisRunStatus;
  }

  public void setPostPromotionAnalysisRunStatus(
      RolloutAnalysisRunStatus postPromotionAnalysisRunStatus) {
    this.postPromotionAnalysisRunStatus = postPromotionAnalysisRunStatus;
  }

  public RolloutAnalysisRunStatus getPrePromotionAnalysisRunStatus() {
    return prePromotionAnalysisRunStatus;
  }

  public void setPrePromotionAnalysisRunStatus(
      RolloutAnalysisRunStatus prePromotionAnalysisRunStatus) {
    this.prePromotionAnalysisRunStatus = prePromotionAnalysisRunStatus;
  }

  public String getPreviewSelector() {
    return previewSelector;
  }

  public void setPreviewSelector(String previewSelector) {
    this.previewSelector = previewSelector;
  }

  public Boolean getScaleUpPreviewCheckPoint() {
    return scaleUpPreviewCheckPoint;
  }

  public void setScaleUpPreviewCheckPoint(Boolean scaleUpPreviewCheckPoint) {
    this.scaleUpPreviewCheckPoint = scaleUpPreviewCheckPoint;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlueGreenStatus that
        && Objects.equals(activeSelector, that.activeSelector)
        && Objects.equals(postPromotionAnalysisRunStatus, that.postPromotionAnalysisRunStatus)
        && Objects.equals(prePromotionAnalysisRunStatus, that.prePromotionAnalysisRunStatus)
        && Objects.equals(previewSelector, that.previewSelector)
        && Objects.equals(scaleUpPreviewCheckPoint, that.scaleUpPreviewCheckPoint)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        activeSelector,
        postPromotionAnalysisRunStatus,
        prePromotionAnalysisRunStatus,
        previewSelector,
        scaleUpPreviewCheckPoint,
        extras());
  }
}
