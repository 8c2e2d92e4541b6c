package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Map;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.strategy.canary.steps[].setMirrorRoute.match[]} of
 * Rollout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RouteMatch extends ApiObject {
  @JsonProperty("headers")
  private Map<String, StringMatch> headers;

  @JsonProperty("method")
  private StringMatch method;

  @JsonProperty("path")
  private StringMatch path;

  public Map<String, StringMatch> getHeaders() {
    return headers;
  }

  public void setHeaders(Map<String, StringMatch> headers) {
    this.headers = headers;
  }

  public StringMatch getMethod() {
    return method;
  }

  public void setMethod(StringMatch method) {
    this.method = method;
  }

  public StringMatch getPath() {
    return path;
  }

  public void setPath(StringMatch path) {
    this.path = path;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RouteMatch that
        && Objects.equals(headers, that.headers)
        && Objects.equals(method, that.method)
        && Objects.equals(path, that.path)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(headers, method, path, extras());
  }
}
