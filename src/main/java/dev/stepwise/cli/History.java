package dev.stepwise.cli;

import dev.stepwise.domain.Cause;
import dev.stepwise.domain.RolloutKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * A rollout's timeline, rebuilt from its journal: incarnations (one per Rollout object uid), their
 * revisions, and what happened in each, with times and causes. Built by {@link HistoryBuilder},
 * printed by {@link HistoryPrinter}.
 */
record History(RolloutKey key, List<Incarnation> incarnations) {

  /** One Rollout object under this name, from registration to deletion. */
  record Incarnation(
      String uid, Instant registeredAt, Instant deletedAt, List<Revision> revisions) {}

  /**
   * One pod template revision and what happened while it was current.
   *
   * @param ending how it ended; null while it is still current
   */
  record Revision(
      long number,
      String podTemplateHash,
      Map<String, String> images,
      boolean fastTrack,
      Instant startedAt,
      List<Moment> moments,
      Ending ending) {}

  /**
   * Something that happened, for people ({@code text}) and tools ({@code type} and {@code
   * details}).
   */
  record Moment(Instant at, String type, String text, Map<String, Object> details) {}

  /**
   * How a revision ended.
   *
   * @param kind completed, aborted, superseded or deleted
   */
  record Ending(String kind, Instant at, String text) {}

  /** Who or what a cause names, for sentences like "aborted by stepwise-cli". */
  static String who(Cause cause) {
    if (cause == null) {
      return "unknown";
    }
    return switch (cause.kind()) {
      case TIMER -> "the pause deadline";
      case CONTROLLER -> "the controller";
      case USER ->
          cause.actor() == null || cause.actor().isBlank() ? "an unknown user" : cause.actor();
    };
  }

  /** What ended a pause: "deadline passed", "promoted by kubectl-argo-rollouts", ... */
  static String pauseEndedBy(Cause cause) {
    if (cause == null) {
      return "unknown";
    }
    return switch (cause.kind()) {
      case TIMER -> "deadline passed";
      case USER -> "promoted by " + who(cause);
      case CONTROLLER -> "ended by the controller";
    };
  }

  static String time(Instant at) {
    return at == null ? "-" : at.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static String duration(Instant from, Instant to) {
    return HumanDuration.exact(Duration.between(from, to));
  }
}
