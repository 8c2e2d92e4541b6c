package dev.stepwise.domain;

/** Identifies a rollout across incarnations: its namespace and name. */
public record RolloutKey(String namespace, String name) implements CborSerializable {
  /** The sharding entity id, {@code namespace/name}. */
  public String entityId() {
    return namespace + "/" + name;
  }

  public static RolloutKey fromEntityId(String entityId) {
    int slash = entityId.indexOf('/');
    if (slash <= 0) {
      throw new IllegalArgumentException("entity id must be namespace/name: " + entityId);
    }
    return new RolloutKey(entityId.substring(0, slash), entityId.substring(slash + 1));
  }
}
