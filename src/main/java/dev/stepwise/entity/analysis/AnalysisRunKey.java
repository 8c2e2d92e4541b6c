package dev.stepwise.entity.analysis;

/** An AnalysisRun's namespace and name; its entity id is {@code <namespace>/<name>}. */
public record AnalysisRunKey(String namespace, String name) {

  public String entityId() {
    return namespace + "/" + name;
  }

  /** The key of an entity id {@code <namespace>/<name>}. */
  public static AnalysisRunKey fromEntityId(String id) {
    int slash = id.indexOf('/');
    if (slash <= 0 || slash == id.length() - 1) {
      throw new IllegalArgumentException("not an AnalysisRun entity id: " + id);
    }
    return new AnalysisRunKey(id.substring(0, slash), id.substring(slash + 1));
  }
}
