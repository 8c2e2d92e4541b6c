package dev.stepwise.entity.analysis;

import dev.stepwise.domain.CborSerializable;
import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.AnalysisRequest;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.javadsl.ActorContext;

/**
 * Runs the analysis runs a Rollout entity asks for, as its child actors. Each run measures on its
 * own schedule, survives a restart (its measurements are journaled under its own persistence id),
 * projects itself onto the AnalysisRun object, and reports back to the rollout.
 */
public interface AnalysisRunner {

  /** Commands a run accepts from its parent. */
  sealed interface Command extends CborSerializable permits Terminate {}

  /** Stop measuring (a superseded revision, an aborted rollout, a completed background run). */
  record Terminate(String reason) implements Command {}

  /**
   * What a run tells its parent: once when it starts (RUNNING) and once when it completes
   * (SUCCESSFUL, FAILED, ERROR or INCONCLUSIVE, with the run's message). Reports may repeat after a
   * restart; the parent must treat them idempotently (keyed by runName).
   */
  record Report(String runName, AnalysisPhase phase, String message) implements CborSerializable {}

  /**
   * Starts (or, after a restart, resumes) the run {@code request.runName()} as a child of {@code
   * context}. Idempotent: a run already running under that name is returned as it is.
   */
  ActorRef<Command> start(
      ActorContext<?> context, AnalysisRequest request, ActorRef<Report> replyTo);
}
