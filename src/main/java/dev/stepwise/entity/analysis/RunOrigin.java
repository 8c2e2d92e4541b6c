package dev.stepwise.entity.analysis;

import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.AnalysisRequest;
import org.apache.pekko.actor.typed.ActorRef;

/** Who started a run: a rollout (a child actor that reports back) or a user (its own entity). */
public sealed interface RunOrigin {

  /** Tells the starter about the run's phase (RUNNING, then the completed phase). */
  void report(String runName, AnalysisPhase phase, String message);

  /** The run has nothing left to do in memory. */
  void passivate();

  /** A rollout's run: the spec comes from its templates; the rollout hears every report. */
  record FromRollout(AnalysisRequest request, ActorRef<AnalysisRunner.Report> replyTo)
      implements RunOrigin {
    @Override
    public void report(String runName, AnalysisPhase phase, String message) {
      replyTo.tell(new AnalysisRunner.Report(runName, phase, message));
    }

    @Override
    public void passivate() {
      // a child lives as long as its rollout entity, which may ask for it again
    }
  }

  /**
   * A run a user created: the spec is the object's; nobody listens to reports.
   *
   * @param passivation asks the shard to stop the entity (a remembered entity that simply stopped
   *     would be restarted)
   */
  record Standalone(Runnable passivation) implements RunOrigin {
    @Override
    public void report(String runName, AnalysisPhase phase, String message) {}

    @Override
    public void passivate() {
      passivation.run();
    }
  }
}
