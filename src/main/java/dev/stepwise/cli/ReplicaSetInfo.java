package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One ReplicaSet of a Rollout as {@code get rollout} shows it. */
record ReplicaSetInfo(
    String name,
    String uid,
    Instant created,
    long revision,
    String podTemplateHash,
    String status,
    boolean stable,
    boolean canary,
    boolean active,
    boolean preview,
    int replicas,
    int available,
    String scaleDownDeadline,
    List<String> images,
    List<PodInfo> pods) {

  static final String HASH_LABEL = "rollouts-pod-template-hash";
  static final String REVISION_ANNOTATION = "rollout.argoproj.io/revision";
  static final String SCALE_DOWN_ANNOTATION = "scale-down-deadline";

  String icon() {
    return switch (status) {
      case "Healthy" -> Icons.OK;
      case "Progressing" -> Icons.PROGRESSING;
      case "Degraded" -> Icons.BAD;
      case "ScaledDown" -> Icons.NEUTRAL;
      default -> " ";
    };
  }

  static ReplicaSetInfo of(JsonNode rs, String stableHash, String currentHash, List<PodInfo> pods) {
    return of(rs, stableHash, currentHash, null, pods);
  }

  /**
   * {@code blueGreen}: status.blueGreen of a blue-green Rollout (its RSs are active/preview, never
   * canary), or null for a canary.
   */
  static ReplicaSetInfo of(
      JsonNode rs, String stableHash, String currentHash, JsonNode blueGreen, List<PodInfo> pods) {
    JsonNode meta = rs.path("metadata");
    String hash = Json.text(meta, "labels", HASH_LABEL);
    long revision = 0;
    try {
      revision = Long.parseLong(Json.text(meta, "annotations", REVISION_ANNOTATION));
    } catch (NumberFormatException e) {
      // upstream shows RSs without a revision annotation as revision 0
    }
    boolean stable = !hash.isEmpty() && hash.equals(stableHash);
    boolean canary = blueGreen == null && !stable && !hash.isEmpty() && hash.equals(currentHash);
    boolean active =
        blueGreen != null && !hash.isEmpty() && hash.equals(Json.text(blueGreen, "activeSelector"));
    boolean preview =
        blueGreen != null
            && !hash.isEmpty()
            && hash.equals(Json.text(blueGreen, "previewSelector"));
    List<String> images = new ArrayList<>();
    for (JsonNode c : rs.path("spec").path("template").path("spec").path("containers")) {
      images.add(Json.text(c, "image"));
    }
    return new ReplicaSetInfo(
        Json.text(meta, "name"),
        Json.text(meta, "uid"),
        RolloutInfo.instant(meta),
        revision,
        hash,
        health(rs),
        stable,
        canary,
        active,
        preview,
        rs.path("status").path("replicas").asInt(0),
        rs.path("status").path("availableReplicas").asInt(0),
        Json.text(meta, "annotations", SCALE_DOWN_ANNOTATION),
        images,
        pods);
  }

  /** Upstream's ReplicaSet health; a ReplicaFailure condition shows as Degraded. */
  static String health(JsonNode rs) {
    JsonNode status = rs.path("status");
    JsonNode specReplicas = rs.path("spec").path("replicas");
    long generation = rs.path("metadata").path("generation").asLong(0);
    if (generation > status.path("observedGeneration").asLong(0)) {
      return "Progressing";
    }
    for (JsonNode c : status.path("conditions")) {
      if ("ReplicaFailure".equals(c.path("type").asText())
          && "True".equals(c.path("status").asText())) {
        return "Degraded";
      }
    }
    if (!specReplicas.isMissingNode()
        && status.path("availableReplicas").asInt(0) < specReplicas.asInt()) {
      return "Progressing";
    }
    if (!specReplicas.isMissingNode() && specReplicas.asInt() == 0) {
      return "ScaledDown";
    }
    return "Healthy";
  }
}
