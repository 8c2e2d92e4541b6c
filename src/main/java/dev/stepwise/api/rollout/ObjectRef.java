package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec.workloadRef} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ObjectRef extends ApiObject {
  @JsonProperty("apiVersion")
  private String apiVersion;

  @JsonProperty("kind")
  private String kind;

  @JsonProperty("name")
  private String name;

  @JsonProperty("scaleDown")
  private String scaleDown;

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getScaleDown() {
    return scaleDown;
  }

  public void setScaleDown(String scaleDown) {
    this.scaleDown = scaleDown;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObjectRef that
        && Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(kind, that.kind)
        && Objects.equals(name, that.name)
        && Objects.equals(scaleDown, that.scaleDown)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, name, scaleDown, extras());
  }
}
