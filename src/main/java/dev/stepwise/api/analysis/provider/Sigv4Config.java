package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[].provider.prometheus.authentication.sigv4}
 * of AnalysisTemplate, {@code spec.metrics[].provider.web.authentication.sigv4} of
 * AnalysisTemplate, {@code spec.metrics[].provider.prometheus.authentication.sigv4} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Sigv4Config extends ApiObject {
  @JsonProperty("profile")
  private String profile;

  @JsonProperty("region")
  private String region;

  @JsonProperty("roleArn")
  private String roleArn;

  public String getProfile() {
    return profile;
  }

  public void setProfile(String profile) {
    this.profile = profile;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getRoleArn() {
    return roleArn;
  }

  public void setRoleArn(String roleArn) {
    this.roleArn = roleArn;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sigv4Config that
        && Objects.equals(profile, that.profile)
        && Objects.equals(region, that.region)
        && Objects.equals(roleArn, that.roleArn)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(profile, region, roleArn, extras());
  }
}
