package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of {@code list rollouts}, computed as upstream's {@code newRolloutInfo}: the phase from
 * the client-side phase rules, the step as {@code index/steps}, the desired (set) weight, {@code
 * ready/current}. Records compare by value, so watch mode prints a row only when it changed.
 */
record RolloutLine(
    String namespace,
    String name,
    String strategy,
    String status,
    String step,
    String setWeight,
    String readyCurrent,
    long desired,
    long upToDate,
    long available) {

  static final String HEADER =
      "NAME\tSTRATEGY\tSTATUS\tSTEP\tSET-WEIGHT\tREADY\tDESIRED\tUP-TO-DATE\tAVAILABLE";

  static RolloutLine of(JsonNode ro) {
    JsonNode spec = ro.path("spec");
    JsonNode status = ro.path("status");
    JsonNode canary = spec.path("strategy").path("canary");
    String strategy = "unknown";
    String step = "-";
    String setWeight = "-";
    if (canary.isObject()) {
      strategy = "Canary";
      int steps = canary.path("steps").size();
      if (status.hasNonNull("currentStepIndex") && steps > 0) {
        step = status.path("currentStepIndex").asInt() + "/" + steps;
      }
      setWeight = Integer.toString(RolloutInfo.setWeight(canary, status));
    } else if (spec.path("strategy").path("blueGreen").isObject()) {
      strategy = "BlueGreen";
    }
    return new RolloutLine(
        Json.text(ro, "metadata", "namespace"),
        Json.text(ro, "metadata", "name"),
        strategy,
        StatusCommand.phaseOf(ro).status(),
        step,
        setWeight,
        status.path("readyReplicas").asLong(0) + "/" + status.path("replicas").asLong(0),
        spec.hasNonNull("replicas") ? spec.path("replicas").asLong() : 1,
        status.path("updatedReplicas").asLong(0),
        status.path("availableReplicas").asLong(0));
  }

  /**
   * The cells, padded as upstream's format string pads them ({@code %-10s\t%-9s\t%-12s…}) so
   * columns line up even across separately printed watch lines.
   */
  String[] cells(boolean namespaces, Instant timestamp) {
    List<String> cells = new ArrayList<>();
    if (timestamp != null) {
      cells.add(pad(timestamp.truncatedTo(ChronoUnit.SECONDS).toString(), 20));
    }
    if (namespaces) {
      cells.add(pad(namespace, 9));
    }
    cells.add(pad(name, 10));
    cells.add(pad(strategy, 9));
    cells.add(pad(status, 12));
    cells.add(pad(step, 4));
    cells.add(pad(setWeight, 10));
    cells.add(pad(readyCurrent, 5));
    cells.add(pad(Long.toString(desired), 7));
    cells.add(pad(Long.toString(upToDate), 10));
    cells.add(pad(Long.toString(available), 9));
    return cells.toArray(String[]::new);
  }

  static String[] header(boolean namespaces, boolean timestamps) {
    String header = HEADER;
    if (namespaces) {
      header = "NAMESPACE\t" + header;
    }
    if (timestamps) {
      header = "TIMESTAMP\t" + header;
    }
    return header.split("\t");
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
