package dev.stepwise.api.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import dev.stepwise.api.common.TemplateService;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec.templates[]} of Experiment. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TemplateSpec extends ApiObject {
  @JsonProperty("minReadySeconds")
  private Integer minReadySeconds;

  @Required
  @JsonProperty("name")
  private String name;

  @JsonProperty("replicas")
  private Integer replicas;

  @Required
  @JsonProperty("selector")
  private LabelSelector selector;

  @JsonProperty("service")
  private TemplateService service;

  @Required
  @JsonProperty("template")
  private PodTemplateSpec template;

  public Integer getMinReadySeconds() {
    return minReadySeconds;
  }

  public void setMinReadySeconds(Integer minReadySeconds) {
    this.minReadySeconds = minReadySeconds;
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

  public PodTemplateSpec getTemplate() {
    return template;
  }

  public void setTemplate(PodTemplateSpec template) {
    this.template = template;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TemplateSpec that
        && Objects.equals(minReadySeconds, that.minReadySeconds)
        && Objects.equals(name, that.name)
        && Objects.equals(replicas, that.replicas)
        && Objects.equals(selector, that.selector)
        && Objects.equals(service, that.service)
        && Objects.equals(template, that.template)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minReadySeconds, name, replicas, selector, service, template, extras());
  }
}
