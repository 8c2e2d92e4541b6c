package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code
 * spec.strategy.canary.steps[].setHeaderRoute.match[].headerValue} of Rollout, {@code
 * spec.strategy.canary.steps[].setMirrorRoute.match[].headers{}} of Rollout, {@code
 * spec.strategy.canary.steps[].setMirrorRoute.match[].method} of Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class StringMatch extends ApiObject {
  @JsonProperty("exact")
  private String exact;

  @JsonProperty("prefix")
  private String prefix;

  @JsonProperty("regex")
  private String regex;

  public String getExact() {
    return exact;
  }

  public void setExact(String exact) {
    this.exact = exact;
  }

  public String getPrefix() {
    return prefix;
  }

  public void setPrefix(String prefix) {
    this.prefix = prefix;
  }

  public String getRegex() {
    return regex;
  }

  public void setRegex(String regex) {
    this.regex = regex;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StringMatch that
        && Objects.equals(exact, that.exact)
        && Objects.equals(prefix, that.prefix)
        && Objects.equals(regex, that.regex)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(exact, prefix, regex, extras());
  }
}
