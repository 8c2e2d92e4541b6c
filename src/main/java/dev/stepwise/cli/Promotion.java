package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The patches {@code promote} sends, chosen from the Rollout as the upstream plugin chooses them
 * (semantics §4). Null means "send nothing"; the unified patch replaces the status patch when the
 * API has no status subresource.
 */
record Promotion(String specPatch, String statusPatch, String unifiedPatch) {
  static final String UNPAUSE = "{\"spec\":{\"paused\":false}}";
  static final String CLEAR_PAUSE_CONDITIONS = "{\"status\":{\"pauseConditions\":null}}";
  static final String PROMOTE_FULL = "{\"status\":{\"promoteFull\":true}}";

  static Promotion of(JsonNode rollout, boolean full) {
    JsonNode spec = rollout.path("spec");
    JsonNode status = rollout.path("status");
    boolean paused = spec.path("paused").asBoolean(false);
    String specPatch = paused ? UNPAUSE : null;
    if (full) {
      boolean promoted = Json.text(status, "currentPodHash").equals(Json.text(status, "stableRS"));
      String statusPatch = promoted ? null : PROMOTE_FULL;
      String unified = promoted ? specPatch : merge(paused, "\"promoteFull\":true");
      return new Promotion(specPatch, statusPatch, unified);
    }
    JsonNode canary = spec.path("strategy").path("canary");
    if (inconclusiveStepAnalysis(status) && canary.isObject()) {
      String fields =
          "\"pauseConditions\":null,\"controllerPause\":false,\"currentStepIndex\":"
              + nextStep(canary, status);
      return new Promotion(specPatch, "{\"status\":{" + fields + "}}", merge(true, fields));
    }
    if (status.path("pauseConditions").size() > 0) {
      return new Promotion(
          specPatch, CLEAR_PAUSE_CONDITIONS, merge(true, "\"pauseConditions\":null"));
    }
    if (canary.isObject() && canary.path("steps").size() > 0) {
      // not paused by a step: promote skips the current step (e.g. a running analysis)
      String fields = "\"pauseConditions\":null,\"currentStepIndex\":" + nextStep(canary, status);
      return new Promotion(specPatch, "{\"status\":{" + fields + "}}", merge(true, fields));
    }
    return new Promotion(specPatch, null, merge(true, "\"pauseConditions\":null"));
  }

  private static boolean inconclusiveStepAnalysis(JsonNode status) {
    return status.path("controllerPause").asBoolean(false)
        && "Inconclusive"
            .equals(Json.text(status, "canary", "currentStepAnalysisRunStatus", "status"));
  }

  private static int nextStep(JsonNode canary, JsonNode status) {
    int steps = canary.path("steps").size();
    int index = status.path("currentStepIndex").asInt(0);
    return index < steps ? index + 1 : index;
  }

  private static String merge(boolean paused, String statusFields) {
    return (paused ? "{\"spec\":{\"paused\":false}," : "{") + "\"status\":{" + statusFields + "}}";
  }
}
