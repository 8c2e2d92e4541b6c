package dev.stepwise.api.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of every Argo Rollouts sub-structure: keeps JSON fields this model does not know, so a
 * read-modify-write by Stepwise never drops what a newer Argo release (or a user) wrote.
 */
public abstract class ApiObject {
  // not a bean property: the CRD generator must not see it, Jackson reads and writes it as extras
  @JsonIgnore private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

  /** Fields present in the JSON that this model does not declare, in their original order. */
  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() {
    return additionalProperties;
  }

  @JsonAnySetter
  public void setAdditionalProperty(String name, Object value) {
    additionalProperties.put(name, value);
  }

  protected final Map<String, Object> extras() {
    return additionalProperties;
  }

  protected final boolean sameExtras(ApiObject other) {
    return additionalProperties.equals(other.additionalProperties);
  }
}
