package dev.stepwise.api.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import java.util.Objects;

/** The Argo Rollouts object found at {@code spec.rollbackWindow} of Rollout. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RollbackWindowSpec extends ApiObject {
  @JsonProperty("revisions")
  private Integer revisions;

  public Integer getRevisions() {
    return revisions;
  }

  public void setRevisions(Integer revisions) {
    this.revisions = revisions;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RollbackWindowSpec that
        && Objects.equals(revisions, that.revisions)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(revisions, extras());
  }
}
