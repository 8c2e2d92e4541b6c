package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import dev.stepwise.api.common.PodTemplateMetadata;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[].provider.job} of AnalysisTemplate, {@code
 * spec.metrics[].provider.job} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class JobMetric extends ApiObject {
  @JsonProperty("metadata")
  private PodTemplateMetadata metadata;

  @Required
  @JsonProperty("spec")
  private JobSpec spec;

  public PodTemplateMetadata getMetadata() {
    return metadata;
  }

  public void setMetadata(PodTemplateMetadata metadata) {
    this.metadata = metadata;
  }

  public JobSpec getSpec() {
    return spec;
  }

  public void setSpec(JobSpec spec) {
    this.spec = spec;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JobMetric that
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(spec, that.spec)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metadata, spec, extras());
  }
}
