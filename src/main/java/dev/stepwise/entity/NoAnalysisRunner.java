package dev.stepwise.entity;

import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.AnalysisRequest;
import dev.stepwise.entity.analysis.AnalysisRunner;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.javadsl.ActorContext;

/**
 * The runner of a system started without one: every run ends in Error at once with a message saying
 * why, so a rollout that needs analysis aborts visibly instead of waiting forever.
 */
public final class NoAnalysisRunner implements AnalysisRunner {
  public static final NoAnalysisRunner INSTANCE = new NoAnalysisRunner();
  static final String MESSAGE = "no analysis runner is configured in this controller";

  private NoAnalysisRunner() {}

  @Override
  public ActorRef<Command> start(
      ActorContext<?> context, AnalysisRequest request, ActorRef<Report> replyTo) {
    replyTo.tell(new Report(request.runName(), AnalysisPhase.ERROR, MESSAGE));
    return context.getSystem().ignoreRef();
  }
}
