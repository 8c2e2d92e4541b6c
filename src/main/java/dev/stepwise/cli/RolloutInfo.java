package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@code get rollout} shows about a Rollout, computed from the Rollout, ReplicaSet and Pod
 * objects as JSON trees the way upstream's {@code info.NewRolloutInfo} does. Tests build it from
 * fixtures; no server is needed.
 */
record RolloutInfo(
    String name,
    String namespace,
    Instant created,
    RolloutPhase phase,
    String strategy,
    String step,
    String setWeight,
    String actualWeight,
    int desired,
    int current,
    int updated,
    int ready,
    int available,
    List<ReplicaSetInfo> replicaSets) {

  /** An image with the stable/canary tags of the ReplicaSets that run it. */
  record ImageInfo(String image, List<String> tags) {}

  static RolloutInfo of(JsonNode ro, List<JsonNode> allReplicaSets, List<JsonNode> allPods) {
    JsonNode meta = ro.path("metadata");
    JsonNode spec = ro.path("spec");
    JsonNode status = ro.path("status");
    List<ReplicaSetInfo> replicaSets =
        replicaSets(
            Json.text(meta, "uid"),
            status,
            spec.path("strategy").has("blueGreen"),
            allReplicaSets,
            allPods);
    JsonNode canary = spec.path("strategy").path("canary");
    String strategy =
        spec.path("strategy").has("blueGreen") ? "BlueGreen" : canary.isObject() ? "Canary" : "";
    String step = "";
    String setWeight = "";
    String actualWeight = "";
    if (canary.isObject()) {
      int steps = canary.path("steps").size();
      if (status.has("currentStepIndex") && steps > 0) {
        step = status.path("currentStepIndex").asInt() + "/" + steps;
      }
      setWeight = Integer.toString(setWeight(canary, status));
      actualWeight = actualWeight(canary, status, replicaSets, setWeight);
    }
    return new RolloutInfo(
        Json.text(meta, "name"),
        Json.text(meta, "namespace"),
        instant(meta),
        RolloutPhase.of(ro),
        strategy,
        step,
        setWeight,
        actualWeight,
        spec.path("replicas").asInt(1),
        status.path("replicas").asInt(0),
        status.path("updatedReplicas").asInt(0),
        status.path("readyReplicas").asInt(0),
        status.path("availableReplicas").asInt(0),
        replicaSets);
  }

  /** Revisions newest first. */
  List<Long> revisions() {
    return replicaSets.stream()
        .map(ReplicaSetInfo::revision)
        .distinct()
        .sorted(Comparator.reverseOrder())
        .toList();
  }

  /** Images of ReplicaSets that have replicas, with merged tags, sorted by image. */
  List<ImageInfo> images() {
    Map<String, TreeSet<String>> byImage = new TreeMap<>();
    for (ReplicaSetInfo rs : replicaSets) {
      if (rs.replicas() <= 0) {
        continue;
      }
      for (String image : rs.images()) {
        TreeSet<String> tags = byImage.computeIfAbsent(image, k -> new TreeSet<>());
        if (rs.canary()) {
          tags.add("canary");
        }
        if (rs.stable()) {
          tags.add("stable");
        }
        if (rs.active()) {
          tags.add("active");
        }
        if (rs.preview()) {
          tags.add("preview");
        }
      }
    }
    List<ImageInfo> images = new ArrayList<>();
    byImage.forEach((image, tags) -> images.add(new ImageInfo(image, List.copyOf(tags))));
    return images;
  }

  private static List<ReplicaSetInfo> replicaSets(
      String rolloutUid,
      JsonNode status,
      boolean blueGreen,
      List<JsonNode> allReplicaSets,
      List<JsonNode> allPods) {
    String stable = Json.text(status, "stableRS");
    String current = Json.text(status, "currentPodHash");
    List<ReplicaSetInfo> result = new ArrayList<>();
    for (JsonNode rs : allReplicaSets) {
      if (!ownedBy(rs, rolloutUid)) {
        continue;
      }
      String uid = Json.text(rs, "metadata", "uid");
      List<PodInfo> pods =
          allPods.stream()
              .filter(p -> ownedBy(p, uid))
              .map(p -> PodInfo.of(p, uid))
              .sorted(Comparator.comparing(PodInfo::created).thenComparing(PodInfo::name))
              .toList();
      JsonNode bg = blueGreen ? status.path("blueGreen") : null;
      result.add(ReplicaSetInfo.of(rs, stable, current, bg, pods));
    }
    result.sort(
        Comparator.comparingLong(ReplicaSetInfo::revision)
            .reversed()
            .thenComparing(ReplicaSetInfo::name));
    return result;
  }

  private static boolean ownedBy(JsonNode object, String ownerUid) {
    if (ownerUid.isEmpty()) {
      return false;
    }
    for (JsonNode ref : object.path("metadata").path("ownerReferences")) {
      if (ownerUid.equals(ref.path("uid").asText())) {
        return true;
      }
    }
    return false;
  }

  /** The step's current index, or -1 past the last step (upstream: current step nil). */
  private static int currentStep(JsonNode canary, JsonNode status) {
    int steps = canary.path("steps").size();
    int index = status.path("currentStepIndex").asInt(0);
    return steps == 0 || index >= steps ? -1 : index;
  }

  /** Desired canary weight: the nearest setWeight at or before the current step. */
  static int setWeight(JsonNode canary, JsonNode status) {
    if (status.path("abort").asBoolean(false)) {
      return 0;
    }
    int index = currentStep(canary, status);
    if (index < 0) {
      return 100;
    }
    for (int i = index; i >= 0; i--) {
      JsonNode weight = canary.path("steps").get(i).path("setWeight");
      if (weight.isNumber()) {
        return weight.asInt();
      }
    }
    return 0;
  }

  /** Basic canary: canary available / all available; with traffic routing: the set weight. */
  private static String actualWeight(
      JsonNode canary, JsonNode status, List<ReplicaSetInfo> replicaSets, String setWeight) {
    if (currentStep(canary, status) < 0) {
      return "100";
    }
    int available = status.path("availableReplicas").asInt(0);
    if (available <= 0) {
      return "0";
    }
    if (canary.has("trafficRouting")) {
      return setWeight;
    }
    String weight = "0";
    for (ReplicaSetInfo rs : replicaSets) {
      if (rs.canary()) {
        weight = Integer.toString(rs.available() * 100 / available);
      }
    }
    return weight;
  }

  static Instant instant(JsonNode meta) {
    String ts = Json.text(meta, "creationTimestamp");
    try {
      return ts.isEmpty() ? Instant.EPOCH : Instant.parse(ts);
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }
}
