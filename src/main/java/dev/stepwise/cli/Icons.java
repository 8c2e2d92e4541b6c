package dev.stepwise.cli;

/** The status icons of the upstream plugin, so output reads the same. */
final class Icons {
  static final String OK = "✔";
  static final String PROGRESSING = "◌";
  static final String PAUSED = "॥";
  static final String BAD = "✖";
  static final String WARNING = "⚠";
  static final String UNKNOWN = "?";
  static final String NEUTRAL = "•";
  static final String ROLLOUT = "⟳";
  static final String REVISION = "#";
  static final String REPLICA_SET = "⧉";
  static final String POD = "□";

  private Icons() {}

  static String forRolloutStatus(String status) {
    return switch (status) {
      case "Healthy" -> OK;
      case "Progressing" -> PROGRESSING;
      case "Paused" -> PAUSED;
      case "Degraded" -> BAD;
      case "InvalidSpec", "Error" -> WARNING;
      case "ScaledDown" -> NEUTRAL;
      default -> UNKNOWN;
    };
  }

  static String forPodStatus(String status) {
    if (status.startsWith("Init:")) {
      return PROGRESSING;
    }
    if (status.startsWith("Signal:") || status.startsWith("ExitCode:")) {
      return BAD;
    }
    if (status.endsWith("Error") || status.startsWith("Err")) {
      return WARNING;
    }
    return switch (status) {
      case "Pending", "Terminating", "ContainerCreating" -> PROGRESSING;
      case "Running", "Completed" -> OK;
      case "Failed", "InvalidImageName", "CrashLoopBackOff" -> BAD;
      case "ImagePullBackOff", "RegistryUnavailable" -> WARNING;
      case "Unknown" -> UNKNOWN;
      default -> " ";
    };
  }
}
