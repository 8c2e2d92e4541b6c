package dev.stepwise.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * The journaled state of one rollout (one Rollout name in one namespace, across incarnations).
 * Immutable; {@link #apply} returns the next state. All decisions are pure and take time from the
 * {@link Context}.
 *
 * @param namespace the Rollout's namespace ("" before the first observation)
 * @param name the Rollout's name
 * @param uid the uid of the current incarnation (null before the first, or after deletion)
 * @param incarnation how many incarnations this name has had (1 for the first)
 * @param spec the latest spec seen (null before the first observation)
 * @param generation metadata.generation of that spec
 * @param currentHash pod template hash of the current revision (null before the first)
 * @param currentRevision revision number of the current hash
 * @param stableHash hash of the last fully promoted revision (null before the first deploy)
 * @param stableRevision revision number of the stable hash
 * @param maxRevision highest revision number handed out so far
 * @param stepIndex index of the current canary step (0..steps.size(); size = all done)
 * @param pause the active pause step, or null
 * @param abort the active abort, or null
 * @param promoteFull a full promotion was requested for the current revision
 * @param revisionStartedAt when the current revision started
 * @param lastProgressAt last time the rollout progressed (Progressing.lastUpdateTime)
 * @param deleted the current incarnation's Rollout object was deleted
 * @param observedCounts the replica counts last journaled (progress is measured against them)
 * @param progressDeadlineExceededAt when the update timed out (progressDeadlineSeconds without
 *     progress); null while it has not, or once it progressed again
 * @param restartedAt status.restartedAt as last observed (spec.restartAt once all pods are newer)
 * @param rollbackWithinWindow the current revision is a rollback within spec.rollbackWindow, so it
 *     skips its steps
 * @param blueGreen Service selectors, scale-down deadlines and promotion gates of a blue-green
 *     rollout (null in journals and snapshots from before blue-green support)
 * @param analysisRuns the analysis runs asked for (null in journals from before analysis support)
 */
public record RolloutState(
    String namespace,
    String name,
    String uid,
    int incarnation,
    RolloutSpec spec,
    long generation,
    String currentHash,
    long currentRevision,
    String stableHash,
    long stableRevision,
    long maxRevision,
    int stepIndex,
    Pause pause,
    Abort abort,
    boolean promoteFull,
    Instant revisionStartedAt,
    Instant lastProgressAt,
    boolean deleted,
    ReplicaCounts observedCounts,
    Instant progressDeadlineExceededAt,
    Instant restartedAt,
    boolean rollbackWithinWindow,
    BlueGreenState blueGreen,
    AnalysisRuns analysisRuns)
    implements CborSerializable {

  /** The state without analysis runs. */
  public RolloutState(
      String namespace,
      String name,
      String uid,
      int incarnation,
      RolloutSpec spec,
      long generation,
      String currentHash,
      long currentRevision,
      String stableHash,
      long stableRevision,
      long maxRevision,
      int stepIndex,
      Pause pause,
      Abort abort,
      boolean promoteFull,
      Instant revisionStartedAt,
      Instant lastProgressAt,
      boolean deleted,
      ReplicaCounts observedCounts,
      Instant progressDeadlineExceededAt,
      Instant restartedAt,
      boolean rollbackWithinWindow,
      BlueGreenState blueGreen) {
    this(
        namespace,
        name,
        uid,
        incarnation,
        spec,
        generation,
        currentHash,
        currentRevision,
        stableHash,
        stableRevision,
        maxRevision,
        stepIndex,
        pause,
        abort,
        promoteFull,
        revisionStartedAt,
        lastProgressAt,
        deleted,
        observedCounts,
        progressDeadlineExceededAt,
        restartedAt,
        rollbackWithinWindow,
        blueGreen,
        AnalysisRuns.EMPTY);
  }

  /** The state without the blue-green component. */
  public RolloutState(
      String namespace,
      String name,
      String uid,
      int incarnation,
      RolloutSpec spec,
      long generation,
      String currentHash,
      long currentRevision,
      String stableHash,
      long stableRevision,
      long maxRevision,
      int stepIndex,
      Pause pause,
      Abort abort,
      boolean promoteFull,
      Instant revisionStartedAt,
      Instant lastProgressAt,
      boolean deleted,
      ReplicaCounts observedCounts,
      Instant progressDeadlineExceededAt,
      Instant restartedAt,
      boolean rollbackWithinWindow) {
    this(
        namespace,
        name,
        uid,
        incarnation,
        spec,
        generation,
        currentHash,
        currentRevision,
        stableHash,
        stableRevision,
        maxRevision,
        stepIndex,
        pause,
        abort,
        promoteFull,
        revisionStartedAt,
        lastProgressAt,
        deleted,
        observedCounts,
        progressDeadlineExceededAt,
        restartedAt,
        rollbackWithinWindow,
        BlueGreenState.EMPTY);
  }

  /** The state without the components added after the first release of this record. */
  public RolloutState(
      String namespace,
      String name,
      String uid,
      int incarnation,
      RolloutSpec spec,
      long generation,
      String currentHash,
      long currentRevision,
      String stableHash,
      long stableRevision,
      long maxRevision,
      int stepIndex,
      Pause pause,
      Abort abort,
      boolean promoteFull,
      Instant revisionStartedAt,
      Instant lastProgressAt,
      boolean deleted) {
    this(
        namespace,
        name,
        uid,
        incarnation,
        spec,
        generation,
        currentHash,
        currentRevision,
        stableHash,
        stableRevision,
        maxRevision,
        stepIndex,
        pause,
        abort,
        promoteFull,
        revisionStartedAt,
        lastProgressAt,
        deleted,
        null,
        null,
        null,
        false);
  }

  /**
   * An active pause step.
   *
   * @param deadline absolute end of a timed pause; null when indefinite
   * @param published the pause condition is known to be visible in the object's status, so its
   *     absence in an observed status means a user cleared it
   */
  public record Pause(
      int stepIndex, String reason, Instant startTime, Instant deadline, boolean published)
      implements CborSerializable {}

  /**
   * An active abort.
   *
   * @param published status.abort=true is known to be visible, so abort=false means retry
   */
  public record Abort(String message, Instant at, boolean published) implements CborSerializable {}

  public static RolloutState empty() {
    return new RolloutState(
        "",
        "",
        null,
        0,
        null,
        0,
        null,
        0,
        null,
        0,
        0,
        0,
        null,
        null,
        false,
        null,
        null,
        false,
        null,
        null,
        null,
        false,
        BlueGreenState.EMPTY,
        AnalysisRuns.EMPTY);
  }

  /** The analysis runs, never null. */
  public AnalysisRuns analyses() {
    return analysisRuns == null ? AnalysisRuns.EMPTY : analysisRuns;
  }

  /** The blue-green state, never null. */
  public BlueGreenState bg() {
    return blueGreen == null ? BlueGreenState.EMPTY : blueGreen;
  }

  /** Decides what a command means for this rollout; pure. */
  public Decision decide(RolloutCommand command, Context context) {
    return RolloutDecider.decide(this, command, context);
  }

  /** Applies one event; pure, no I/O (it also runs on recovery). */
  public RolloutState apply(RolloutEvent event) {
    return RolloutEvolver.apply(this, event);
  }

  /** The desired ReplicaSets and status for this state and the latest observations. */
  public Desired desired(Context context) {
    return RolloutPlanner.desired(this, context);
  }

  /**
   * When the entity must wake up by itself next, if ever: a pause deadline, or the moment the
   * update times out if it makes no progress until then (a second after the progress deadline, as
   * upstream requeues, so the check then sees it passed).
   */
  public Optional<Instant> nextWakeup() {
    Instant pauseEnd = pause == null ? null : pause.deadline();
    Instant timeout = ProgressDeadline.wakeup(this);
    // a pending scale-down deadline (blue-green) also wakes the rollout, after a restart too
    return java.util.stream.Stream.of(pauseEnd, timeout, bg().nextDeadline())
        .filter(java.util.Objects::nonNull)
        .min(Instant::compareTo);
  }

  /** The update timed out and has not progressed since (Progressing ProgressDeadlineExceeded). */
  public boolean progressDeadlineExceeded() {
    return progressDeadlineExceededAt != null;
  }
}
