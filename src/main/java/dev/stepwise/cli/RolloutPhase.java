package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The status shown for a Rollout: the phase and message as upstream's client computes them
 * (semantics §1.7 plus the client-side "waiting for …" cases), with InvalidSpec shown as its own
 * status.
 *
 * @param status Healthy, Progressing, Paused, Degraded or InvalidSpec
 */
record RolloutPhase(String status, String message) {

  /** The display icon for a rollout status. */
  String icon() {
    return Icons.forRolloutStatus(status);
  }

  static RolloutPhase of(JsonNode ro) {
    JsonNode spec = ro.path("spec");
    JsonNode status = ro.path("status");
    RolloutPhase degraded = degraded(status);
    if (degraded != null) {
      return degraded;
    }
    long generation = ro.path("metadata").path("generation").asLong(0);
    String observed = Json.text(status, "observedGeneration");
    if (generation > 0 && !observed.isEmpty() && !observed.equals(Long.toString(generation))) {
      return progressing("waiting for rollout spec update to be observed");
    }
    if (status.path("controllerPause").asBoolean(false) && pauseConditions(status) == 0) {
      return progressing("waiting for rollout to unpause");
    }
    return calculate(spec, status);
  }

  private static RolloutPhase degraded(JsonNode status) {
    for (JsonNode c : status.path("conditions")) {
      String type = c.path("type").asText();
      String reason = c.path("reason").asText();
      String message = c.path("message").asText();
      if ("InvalidSpec".equals(type) && "True".equals(c.path("status").asText("True"))) {
        return new RolloutPhase("InvalidSpec", "InvalidSpec: " + message);
      }
      if ("RolloutAborted".equals(reason) || "ProgressDeadlineExceeded".equals(reason)) {
        return new RolloutPhase("Degraded", reason + ": " + message);
      }
    }
    return null;
  }

  private static RolloutPhase calculate(JsonNode spec, JsonNode status) {
    if (spec.path("paused").asBoolean(false)) {
      return new RolloutPhase("Paused", "manually paused");
    }
    if (pauseConditions(status) > 0) {
      return new RolloutPhase(
          "Paused", status.path("pauseConditions").get(0).path("reason").asText());
    }
    String restartAt = Json.text(spec, "restartAt");
    if (!restartAt.isEmpty() && !restartAt.equals(Json.text(status, "restartedAt"))) {
      return progressing("rollout is restarting");
    }
    long desired = spec.path("replicas").asLong(1);
    long replicas = status.path("replicas").asLong(0);
    long updated = status.path("updatedReplicas").asLong(0);
    long available = status.path("availableReplicas").asLong(0);
    if (updated < desired) {
      return progressing("more replicas need to be updated");
    }
    if (available < updated) {
      return progressing("updated replicas are still becoming available");
    }
    String current = Json.text(status, "currentPodHash");
    boolean promoted = current.equals(Json.text(status, "stableRS")) && !current.isEmpty();
    if (spec.path("strategy").has("blueGreen")) {
      if (!current.equals(Json.text(status, "blueGreen", "activeSelector"))) {
        return progressing("active service cutover pending");
      }
      if (!promoted) {
        return progressing("waiting for post-promotion verification to complete");
      }
    } else {
      boolean trafficRouting = spec.path("strategy").path("canary").has("trafficRouting");
      if (!trafficRouting && replicas > updated) {
        return progressing("old replicas are pending termination");
      }
      if (!promoted) {
        return progressing("waiting for all steps to complete");
      }
    }
    return new RolloutPhase("Healthy", "");
  }

  private static int pauseConditions(JsonNode status) {
    return status.path("pauseConditions").size();
  }

  private static RolloutPhase progressing(String message) {
    return new RolloutPhase("Progressing", message);
  }
}
