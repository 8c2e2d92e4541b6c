package dev.stepwise.api.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.analysis.Argument;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec.analyses[]} of Experiment. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ExperimentAnalysisTemplateRef extends ApiObject {
  @JsonProperty("args")
  private List<Argument> args;

  @JsonProperty("clusterScope")
  private Boolean clusterScope;

  @Required
  @JsonProperty("name")
  private String name;

  @JsonProperty("requiredForCompletion")
  private Boolean requiredForCompletion;

  @Required
  @JsonProperty("templateName")
  private String templateName;

  public List<Argument> getArgs() {
    return args;
  }

  public void setArgs(List<Argument> args) {
    this.args = args;
  }

  public Boolean getClusterScope() {
    return clusterScope;
  }

  public void setClusterScope(Boolean clusterScope) {
    this.clusterScope = clusterScope;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Boolean getRequiredForCompletion() {
    return requiredForCompletion;
  }

  public void setRequiredForCompletion(Boolean requiredForCompletion) {
    this.requiredForCompletion = requiredForCompletion;
  }

  public String getTemplateName() {
    return templateName;
  }

  public void setTemplateName(String templateName) {
    this.templateName = templateName;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExperimentAnalysisTemplateRef that
        && Objects.equals(args, that.args)
        && Objects.equals(clusterScope, that.clusterScope)
        && Objects.equals(name, that.name)
        && Objects.equals(requiredForCompletion, that.requiredForCompletion)
        && Objects.equals(templateName, that.templateName)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(args, clusterScope, name, requiredForCompletion, templateName, extras());
  }
}
