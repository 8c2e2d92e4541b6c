package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.canary.steps[].setHeaderRoute.match[]} of
 * Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class HeaderRoutingMatch extends ApiObject {
  @Required
  @JsonProperty("headerName")
  private String headerName;

  @Required
  @JsonProperty("headerValue")
  private StringMatch headerValue;

  public String getHeaderName() {
    return headerName;
  }

  public void setHeaderName(String headerName) {
    this.headerName = headerName;
  }

  public StringMatch getHeaderValue() {
    return headerValue;
  }

  public void setHeaderValue(StringMatch headerValue) {
    this.headerValue = headerValue;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HeaderRoutingMatch that
        && Objects.equals(headerName, that.headerName)
        && Objects.equals(headerValue, that.headerValue)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(headerName, headerValue, extras());
  }
}
