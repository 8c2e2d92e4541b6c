package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code status.alb.canaryTargetGroup} of Rollout, {@code
 * status.alb.loadBalancer} of Rollout, {@code status.alb.stableTargetGroup} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AwsResourceRef extends ApiObject {
  @Required
  @JsonProperty("arn")
  private String arn;

  @JsonProperty("fullName")
  private String fullName;

  @Required
  @JsonProperty("name")
  private String name;

  public String getArn() {
    return arn;
  }

  public void setArn(String arn) {
    this.arn = arn;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AwsResourceRef that
        && Objects.equals(arn, that.arn)
        && Objects.equals(fullName, that.fullName)
        && Objects.equals(name, that.name)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(arn, fullName, name, extras());
  }
}
