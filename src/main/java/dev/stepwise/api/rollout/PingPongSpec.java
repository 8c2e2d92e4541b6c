package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec.strategy.canary.pingPong} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PingPongSpec extends ApiObject {
  @Required
  @JsonProperty("pingService")
  private String pingService;

  @Required
  @JsonProperty("pongService")
  private String pongService;

  public String getPingService() {
    return pingService;
  }

  public void setPingService(String pingService) {
    this.pingService = pingService;
  }

  public String getPongService() {
    return pongService;
  }

  public void setPongService(String pongService) {
    this.pongService = pongService;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PingPongSpec that
        && Objects.equals(pingService, that.pingService)
        && Objects.equals(pongService, that.pongService)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pingService, pongService, extras());
  }
}
