package dev.stepwise.entity.analysis;

/**
 * An AnalysisRun: namespace, name and, for a run a user created, the object's uid. The uid makes a
 * run deleted and created again under the same name a new entity with a fresh journal, instead of
 * the old run's completed state written onto the new object. A rollout's runs have no uid here:
 * their names carry the rollout's revision already.
 *
 * <p>Entity ids are {@code <namespace>/<name>} or {@code <namespace>/<name>/<uid>}.
 */
public record AnalysisRunKey(String namespace, String name, String uid) {

  /** A rollout's run. */
  public AnalysisRunKey(String namespace, String name) {
    this(namespace, name, null);
  }

  public String entityId() {
    return uid == null ? namespace + "/" + name : namespace + "/" + name + "/" + uid;
  }

  /** The key of an entity id (see the class comment). */
  public static AnalysisRunKey fromEntityId(String id) {
    String[] parts = id.split("/", -1);
    for (String p : parts) {
      if (p.isEmpty()) {
        throw new IllegalArgumentException("not an AnalysisRun entity id: " + id);
      }
    }
    return switch (parts.length) {
      case 2 -> new AnalysisRunKey(parts[0], parts[1]);
      case 3 -> new AnalysisRunKey(parts[0], parts[1], parts[2]);
      default -> throw new IllegalArgumentException("not an AnalysisRun entity id: " + id);
    };
  }
}
