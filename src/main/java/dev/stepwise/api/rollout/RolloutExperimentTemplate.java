package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import dev.stepwise.api.common.PodTemplateMetadata;
import dev.stepwise.api.common.TemplateService;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.LabelSelector;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.canary.steps[].experiment.templates[]} of
 * Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RolloutExperimentTemplate extends ApiObject {
  @JsonProperty("metadata")
  private PodTemplateMetadata metadata;

  @Required
  @JsonProperty("name")
  private String name;

  @JsonProperty("replicas")
  private Integer replicas;

  @JsonProperty("selector")
  private LabelSelector selector;

  @JsonProperty("service")
  private TemplateService service;

  @Required
  @JsonProperty("specRef")
  private String specRef;

  @JsonProperty("weight")
  private Integer weight;

  public PodTemplateMetadata getMetadata() {
    return metadata;
  }

  public void setMetadata(PodTemplateMetadata metadata) {
    this.metadata = metadata;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  public LabelSelector getSelector() {
    return selector;
  }

  public void setSelector(LabelSelector selector) {
    this.selector = selector;
  }

  public TemplateService getService() {
    return service;
  }

  public void setService(TemplateService service) {
    this.service = service;
  }

  public String getSpecRef() {
    return specRef;
  }

  public void setSpecRef(String specRef) {
    this.specRef = specRef;
  }

  public Integer getWeight() {
    return weight;
  }

  public void setWeight(Integer weight) {
    this.weight = weight;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RolloutExperimentTemplate that
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(name, that.name)
        && Objects.equals(replicas, that.replicas)
        && Objects.equals(selector, that.selector)
        && Objects.equals(service, that.service)
        && Objects.equals(specRef, that.specRef)
        && Objects.equals(weight, that.weight)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metadata, name, replicas, selector, service, specRef, weight, extras());
  }
}
