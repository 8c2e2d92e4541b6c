package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What {@code undo} needs, as upstream's undo computes it: the ReplicaSet of a revision, whether a
 * template already matches it, and the JSON patch that restores it.
 */
final class Revisions {
  static final String REVISION = "rollout.argoproj.io/revision";
  static final String HASH_LABEL = "rollouts-pod-template-hash";

  private Revisions() {}

  /**
   * The ReplicaSet with revision {@code toRevision} among those the rollout controls, or for 0 the
   * second newest (the previous revision).
   */
  static JsonNode find(String rolloutName, List<JsonNode> owned, long toRevision) {
    JsonNode latest = null;
    JsonNode previous = null;
    long latestRevision = -1;
    long previousRevision = -1;
    for (JsonNode rs : owned) {
      long v = revision(rs);
      if (v < 0) {
        continue; // upstream skips a revision annotation that is not a number
      }
      if (toRevision == 0) {
        if (latestRevision < v) {
          previousRevision = latestRevision;
          previous = latest;
          latestRevision = v;
          latest = rs;
        } else if (previousRevision < v) {
          previousRevision = v;
          previous = rs;
        }
      } else if (toRevision == v) {
        return rs;
      }
    }
    if (toRevision > 0) {
      throw new CliException("unable to find specified revision " + toRevision + " in history");
    }
    if (previous == null) {
      throw new CliException("no revision found for rollout \"" + rolloutName + "\"");
    }
    return previous;
  }

  /** The revision annotation; 0 without one, -1 when it is not a number. */
  static long revision(JsonNode rs) {
    JsonNode v = rs.path("metadata").path("annotations").path(REVISION);
    if (v.isMissingNode() || v.isNull()) {
      return 0;
    }
    try {
      return Long.parseLong(v.asText());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** ReplicaSets whose controller ownerReference is the rollout with {@code uid}. */
  static List<JsonNode> controlledBy(String uid, List<JsonNode> replicaSets) {
    return replicaSets.stream()
        .filter(
            rs -> {
              for (JsonNode ref : rs.path("metadata").path("ownerReferences")) {
                if (uid.equals(ref.path("uid").asText()) && ref.path("controller").asBoolean()) {
                  return true;
                }
              }
              return false;
            })
        .toList();
  }

  /** A pod template without the hash label (what goes back into the rollout). */
  static ObjectNode withoutHash(JsonNode template) {
    ObjectNode copy = template.isObject() ? template.deepCopy() : Json.MAPPER.createObjectNode();
    JsonNode labels = copy.path("metadata").path("labels");
    if (labels instanceof ObjectNode l) {
      l.remove(HASH_LABEL);
    }
    return copy;
  }

  /**
   * Upstream's {@code apiequality.Semantic.DeepDerivative(current, revision)} with the hash label
   * removed from both: every field set in the current template equals the revision's; fields the
   * current template leaves unset or empty are ignored.
   */
  static boolean matches(JsonNode currentTemplate, JsonNode revisionTemplate) {
    if (!currentTemplate.isObject()) {
      return false; // a workloadRef rollout has no template: upstream never skips then
    }
    return derivative(withoutHash(currentTemplate), withoutHash(revisionTemplate));
  }

  /** The JSON patch (RFC 6902) replacing {@code path} with the template. */
  static String patch(String path, JsonNode template) {
    ArrayNode ops = Json.MAPPER.createArrayNode();
    ops.addObject().put("op", "replace").put("path", path).set("value", template);
    return ops.toString();
  }

  private static boolean derivative(JsonNode a, JsonNode b) {
    if (a == null || a.isMissingNode() || a.isNull() || isEmpty(a)) {
      return true;
    }
    if (b == null || b.isMissingNode() || b.isNull()) {
      return false;
    }
    if (a.isObject()) {
      if (!b.isObject()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!derivative(e.getValue(), b.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray()) {
      if (!b.isArray() || a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!derivative(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  private static boolean isEmpty(JsonNode n) {
    return (n.isTextual() && n.asText().isEmpty()) || (n.isContainerNode() && n.isEmpty());
  }
}
