package dev.stepwise.entity;

import dev.stepwise.domain.AnalysisRuns;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutState;
import dev.stepwise.entity.analysis.AnalysisRunner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.javadsl.ActorContext;

/**
 * The glue between a rollout entity and its analysis runs: starts a run once its request is
 * journaled, re-starts the active ones after recovery (the runner is idempotent), and terminates
 * the ones the domain gave up. Reports come back as {@link RolloutEntity.AnalysisReport}.
 */
final class RolloutAnalyses {
  private final AnalysisRunner runner;
  private final ActorContext<RolloutEntity.Command> context;
  private final ActorRef<AnalysisRunner.Report> replyTo;
  private final Map<String, ActorRef<AnalysisRunner.Command>> running = new HashMap<>();

  RolloutAnalyses(AnalysisRunner runner, ActorContext<RolloutEntity.Command> context) {
    this.runner = runner;
    this.context = context;
    this.replyTo =
        context.messageAdapter(AnalysisRunner.Report.class, RolloutEntity.AnalysisReport::new);
  }

  /** After recovery: every run the journal says is still active runs again. */
  void recovered(RolloutState state) {
    for (AnalysisRuns.Run run : state.analyses().active()) {
      start(run);
    }
  }

  /** After {@code events} were persisted, leading to {@code state}. */
  void persisted(RolloutState state, List<RolloutEvent> events) {
    for (RolloutEvent e : events) {
      switch (e) {
        case RolloutEvent.AnalysisRunRequested r -> {
          AnalysisRuns.Run run = state.analyses().byName(r.request().runName());
          if (run != null && run.active()) {
            start(run);
          }
        }
        case RolloutEvent.AnalysisRunTerminated t -> terminate(t.runName(), t.reason());
        default -> {}
      }
    }
  }

  private void start(AnalysisRuns.Run run) {
    try {
      running.put(run.name(), runner.start(context, run.request(), replyTo));
    } catch (RuntimeException e) {
      // the run stays active in the journal; the next recovery tries again
      context.getLog().error("cannot start analysis run {}", run.name(), e);
    }
  }

  private void terminate(String runName, String reason) {
    ActorRef<AnalysisRunner.Command> ref = running.remove(runName);
    if (ref != null) {
      ref.tell(new AnalysisRunner.Terminate(reason));
    }
  }
}
