package dev.stepwise.app;

import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.AnalysisRequest;
import dev.stepwise.entity.analysis.AnalysisRunner;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * A stand-in for the real runner (ChildAnalysisRunner, built concurrently) that keeps the {@link
 * AnalysisRunner} contract: each run is a child actor of the rollout, reports RUNNING at once and
 * then the phase {@code outcome} gives for its request after {@code delay} (null = keeps running,
 * as a background run does until terminated), and stops on Terminate. Idempotent per run name.
 */
final class ScriptedAnalysisRunner implements AnalysisRunner {
  final List<AnalysisRequest> started = new CopyOnWriteArrayList<>();
  final List<String> terminated = new CopyOnWriteArrayList<>();
  private final Duration delay;
  private final Function<AnalysisRequest, AnalysisPhase> outcome;

  ScriptedAnalysisRunner(Duration delay, Function<AnalysisRequest, AnalysisPhase> outcome) {
    this.delay = delay;
    this.outcome = outcome;
  }

  /** The run's own timer message (the runner's Command protocol is sealed). */
  private static final String DONE = "done";

  @Override
  @SuppressWarnings("unchecked")
  public ActorRef<Command> start(
      ActorContext<?> context, AnalysisRequest request, ActorRef<Report> replyTo) {
    var existing = context.getChild(request.runName());
    if (existing.isPresent()) {
      return (ActorRef<Command>) (ActorRef<?>) existing.get();
    }
    started.add(request);
    return context.spawn(run(request, replyTo), request.runName()).narrow();
  }

  private Behavior<Object> run(AnalysisRequest request, ActorRef<Report> replyTo) {
    return Behaviors.setup(
        ctx -> {
          replyTo.tell(new Report(request.runName(), AnalysisPhase.RUNNING, null));
          AnalysisPhase end = outcome.apply(request);
          return Behaviors.withTimers(
              timers -> {
                if (end != null) {
                  timers.startSingleTimer(DONE, delay);
                }
                return Behaviors.receive(Object.class)
                    .onMessageEquals(
                        DONE,
                        () -> {
                          String message =
                              end == AnalysisPhase.SUCCESSFUL
                                  ? null
                                  : "Metric \"error-rate\" assessed " + end.wire();
                          replyTo.tell(new Report(request.runName(), end, message));
                          return Behaviors.same();
                        })
                    .onMessage(
                        Terminate.class,
                        t -> {
                          terminated.add(request.runName());
                          return Behaviors.stopped();
                        })
                    .build();
              });
        });
  }
}
