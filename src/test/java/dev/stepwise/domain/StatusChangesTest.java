package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which status changes may wait for the next transition, and which go out at once. */
class StatusChangesTest {
  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  private static ConditionView cond(String type, String status, String reason) {
    return new ConditionView(type, status, reason, reason + " message", T, T);
  }

  private static RolloutStatusView status(
      String phase, int step, int replicas, int ready, String message, List<ConditionView> c) {
    return new RolloutStatusView(
        phase,
        message,
        "2",
        "new",
        "old",
        step,
        "steps",
        List.of(),
        false,
        false,
        null,
        false,
        replicas,
        1,
        ready,
        ready,
        replicas,
        "app=demo",
        c,
        null,
        null);
  }

  private static final List<ConditionView> RESUMED =
      List.of(cond("Progressing", "Unknown", "RolloutResumed"), cond("Available", "True", "A"));

  @Test
  void countsMessageAndAProgressingConditionThatIsNotFalseAreMinor() {
    var written = status("Progressing", 2, 2, 1, "updating", RESUMED);
    assertThat(
            StatusChanges.minorOnly(written, status("Progressing", 2, 2, 2, "updating", RESUMED)))
        .isTrue();
    var progressed =
        List.of(cond("Progressing", "True", "ReplicaSetUpdated"), cond("Available", "True", "A"));
    assertThat(
            StatusChanges.minorOnly(
                written, status("Progressing", 2, 1, 1, "old replicas pending", progressed)))
        .isTrue();
  }

  @Test
  void readinessIsUnchangedWhenOnlyPodsCreatedOrGoneMoveTheCounts() {
    var written = status("Progressing", 2, 2, 1, "updating", RESUMED);
    assertThat(
            StatusChanges.readinessUnchanged(
                written, status("Progressing", 2, 3, 1, "more replicas", RESUMED)))
        .isTrue();
    assertThat(
            StatusChanges.readinessUnchanged(
                written, status("Progressing", 2, 3, 2, "more replicas", RESUMED)))
        .isFalse();
    assertThat(StatusChanges.readinessUnchanged(null, written)).isFalse();
  }

  @Test
  void timesAreComparedInTheWholeSecondsTheApiServerKeeps() {
    var written = status("Progressing", 2, 2, 1, "updating", RESUMED);
    // the Available condition touched in this decision, at a fraction of the same second: the
    // write would hold the same status, only the Progressing condition moved
    assertThat(StatusChanges.minorOnly(written, availableTouchedAt(T.plusMillis(757)))).isTrue();
    // a second later it is a change of the Available condition, written at once
    assertThat(StatusChanges.minorOnly(written, availableTouchedAt(T.plusSeconds(1)))).isFalse();
  }

  /** Progressing moved on (a minor change) and the Available condition updated at {@code t}. */
  private static RolloutStatusView availableTouchedAt(Instant t) {
    Instant later = T.plusMillis(757);
    return status(
        "Progressing",
        2,
        2,
        1,
        "updating",
        List.of(
            new ConditionView(
                "Progressing", "True", "ReplicaSetUpdated", "progressing", later, later),
            new ConditionView("Available", "True", "A", "A message", T, t)));
  }

  @Test
  void transitionsUsersActOnAreNotMinor() {
    var written = status("Progressing", 2, 2, 1, "updating", RESUMED);
    assertThat(StatusChanges.minorOnly(written, written)).isFalse(); // nothing to write at all
    assertThat(StatusChanges.minorOnly(written, status("Healthy", 2, 2, 1, "updating", RESUMED)))
        .isFalse();
    assertThat(
            StatusChanges.minorOnly(written, status("Progressing", 3, 2, 1, "updating", RESUMED)))
        .isFalse();
    var unavailable =
        List.of(cond("Progressing", "Unknown", "RolloutResumed"), cond("Available", "False", "A"));
    assertThat(
            StatusChanges.minorOnly(
                written, status("Progressing", 2, 2, 1, "updating", unavailable)))
        .isFalse();
    var deadline =
        List.of(
            cond("Progressing", "False", "ProgressDeadlineExceeded"),
            cond("Available", "True", "A"));
    assertThat(
            StatusChanges.minorOnly(written, status("Progressing", 2, 2, 1, "updating", deadline)))
        .isFalse();
  }

  @Test
  void onlyStatusWhenEveryReplicaSetIsAlreadyAtItsTarget() {
    var rs = new ReplicaSetView("demo-new", "new", 2, 1, 1, 1, 1, T, false, 1);
    var desired =
        new Desired(false, List.of(new Desired.ReplicaSetTarget("new", 2, 1)), List.of(), null);
    assertThat(StatusChanges.onlyStatus(desired, List.of(rs))).isTrue();

    var scale =
        new Desired(false, List.of(new Desired.ReplicaSetTarget("new", 2, 3)), List.of(), null);
    assertThat(StatusChanges.onlyStatus(scale, List.of(rs))).isFalse();
    assertThat(StatusChanges.onlyStatus(desired, List.of())).isFalse(); // to be created
    var delete =
        new Desired(
            false, List.of(new Desired.ReplicaSetTarget("new", 2, 1)), List.of("demo-old"), null);
    assertThat(StatusChanges.onlyStatus(delete, List.of(rs))).isFalse();
  }
}
