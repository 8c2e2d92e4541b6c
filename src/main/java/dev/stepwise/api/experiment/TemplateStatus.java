package dev.stepwise.api.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** The Argo Rollouts object found at {@code status.templateStatuses[]} of Experiment. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TemplateStatus extends ApiObject {
  @Required
  @JsonProperty("availableReplicas")
  private Integer availableReplicas;

  @JsonProperty("collisionCount")
  private Integer collisionCount;

  @JsonProperty("lastTransitionTime")
  private String lastTransitionTime;

  @JsonProperty("message")
  private String message;

  @Required
  @JsonProperty("name")
  private String name;

  @JsonProperty("podTemplateHash")
  private String podTemplateHash;

  @Required
  @JsonProperty("readyReplicas")
  private Integer readyReplicas;

  @Required
  @JsonProperty("replicas")
  private Integer replicas;

  @JsonProperty("serviceName")
  private String serviceName;

  @JsonProperty("status")
  private String status;

  @Required
  @JsonProperty("updatedReplicas")
  private Integer updatedReplicas;

  public Integer getAvailableReplicas() {
    return availableReplicas;
  }

  public void setAvailableReplicas(Integer availableReplicas) {
    this.availableReplicas = availableReplicas;
  }

  public Integer getCollisionCount() {
    return collisionCount;
  }

  public void setCollisionCount(Integer collisionCount) {
    this.collisionCount = collisionCount;
  }

  public String getLastTransitionTime() {
    return lastTransitionTime;
  }

  public void setLastTransitionTime(String lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPodTemplateHash() {
    return podTemplateHash;
  }

  public void setPodTemplateHash(String podTemplateHash) {
    this.podTemplateHash = podTemplateHash;
  }

  public Integer getReadyReplicas() {
    return readyReplicas;
  }

  public void setReadyReplicas(Integer readyReplicas) {
    this.readyReplicas = readyReplicas;
  }

  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  public String getServiceName() {
    return serviceName;
  }

  public void setServiceName(String serviceName) {
    this.serviceName = serviceName;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public Integer getUpdatedReplicas() {
    return updatedReplicas;
  }

  public void setUpdatedReplicas(Integer updatedReplicas) {
    this.updatedReplicas = updatedReplicas;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TemplateStatus that
        && Objects.equals(availableReplicas, that.availableReplicas)
        && Objects.equals(collisionCount, that.collisionCount)
        && Objects.equals(lastTransitionTime, that.lastTransitionTime)
        && Objects.equals(message, that.message)
        && Objects.equals(name, that.name)
        && Objects.equals(podTemplateHash, that.podTemplateHash)
        && Objects.equals(readyReplicas, that.readyReplicas)
        && Objects.equals(replicas, that.replicas)
        && Objects.equals(serviceName, that.serviceName)
        && Objects.equals(status, that.status)
        && Objects.equals(updatedReplicas, that.updatedReplicas)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        availableReplicas,
        collisionCount,
        lastTransitionTime,
        message,
        name,
        podTemplateHash,
        readyReplicas,
        replicas,
        serviceName,
        status,
        updatedReplicas,
        extras());
  }
}
