package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One Pod as {@code get rollout} shows it: a kubectl-like status, ready containers and restarts.
 */
record PodInfo(
    String name, String ownerUid, Instant created, String status, String ready, int restarts) {

  String icon() {
    return Icons.forPodStatus(status);
  }

  static PodInfo of(JsonNode pod, String ownerUid) {
    JsonNode meta = pod.path("metadata");
    JsonNode status = pod.path("status");
    String reason = Json.text(status, "phase");
    if (!Json.text(status, "reason").isEmpty()) {
      reason = Json.text(status, "reason");
    }
    int restarts = 0;
    int ready = 0;
    boolean running = false;
    for (JsonNode c : status.path("containerStatuses")) {
      restarts += c.path("restartCount").asInt(0);
      JsonNode state = c.path("state");
      String waiting = Json.text(state, "waiting", "reason");
      String terminated = Json.text(state, "terminated", "reason");
      if (!waiting.isEmpty()) {
        reason = waiting;
      } else if (!terminated.isEmpty()) {
        reason = terminated;
      } else if (state.has("terminated")) {
        int signal = state.path("terminated").path("signal").asInt(0);
        reason =
            signal != 0
                ? "Signal:" + signal
                : "ExitCode:" + state.path("terminated").path("exitCode").asInt(0);
      } else if (c.path("ready").asBoolean(false) && state.has("running")) {
        running = true;
        ready++;
      }
    }
    if ("Completed".equals(reason) && running) {
      reason = "Running";
    }
    if (meta.has("deletionTimestamp")) {
      reason = "NodeLost".equals(Json.text(status, "reason")) ? "Unknown" : "Terminating";
    }
    int total = pod.path("spec").path("containers").size();
    return new PodInfo(
        Json.text(meta, "name"),
        ownerUid,
        RolloutInfo.instant(meta),
        reason.isEmpty() ? "Unknown" : reason,
        ready + "/" + total,
        restarts);
  }
}
