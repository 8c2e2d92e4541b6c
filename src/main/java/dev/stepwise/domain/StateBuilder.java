package dev.stepwise.domain;

import java.time.Instant;

/** A mutable copy of a {@link RolloutState}, so the evolver can change a few fields at a time. */
final class StateBuilder {
  String namespace;
  String name;
  String uid;
  int incarnation;
  RolloutSpec spec;
  long generation;
  String currentHash;
  long currentRevision;
  String stableHash;
  long stableRevision;
  long maxRevision;
  int stepIndex;
  RolloutState.Pause pause;
  RolloutState.Abort abort;
  boolean promoteFull;
  Instant revisionStartedAt;
  Instant lastProgressAt;
  boolean deleted;
  ReplicaCounts observedCounts;
  Instant progressDeadlineExceededAt;
  Instant restartedAt;
  boolean rollbackWithinWindow;
  BlueGreenState blueGreen;
  AnalysisRuns analysisRuns;

  StateBuilder(RolloutState s) {
    namespace = s.namespace();
    name = s.name();
    uid = s.uid();
    incarnation = s.incarnation();
    spec = s.spec();
    generation = s.generation();
    currentHash = s.currentHash();
    currentRevision = s.currentRevision();
    stableHash = s.stableHash();
    stableRevision = s.stableRevision();
    maxRevision = s.maxRevision();
    stepIndex = s.stepIndex();
    pause = s.pause();
    abort = s.abort();
    promoteFull = s.promoteFull();
    revisionStartedAt = s.revisionStartedAt();
    lastProgressAt = s.lastProgressAt();
    deleted = s.deleted();
    observedCounts = s.observedCounts();
    progressDeadlineExceededAt = s.progressDeadlineExceededAt();
    restartedAt = s.restartedAt();
    rollbackWithinWindow = s.rollbackWithinWindow();
    blueGreen = s.bg();
    analysisRuns = s.analyses();
  }

  /** The rollout made progress at {@code at}: Progressing is refreshed, a timeout is over. */
  void progressed(Instant at) {
    lastProgressAt = at;
    progressDeadlineExceededAt = null;
  }

  RolloutState build() {
    return new RolloutState(
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
        analysisRuns);
  }
}
