package dev.stepwise.entity;

import dev.stepwise.domain.analysis.AnalysisRequest;
import dev.stepwise.entity.analysis.AnalysisRunner;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.javadsl.ActorContext;

/**
 * An {@link AnalysisRunner} for entity tests: records what it is asked to start, hands each run a
 * probe that receives its commands, and lets the test report on behalf of a run.
 */
final class FakeAnalysisRunner implements AnalysisRunner {
  final List<AnalysisRequest> started = new CopyOnWriteArrayList<>();
  final Map<String, ActorRef<Report>> replyTo = new ConcurrentHashMap<>();
  private final TestProbe<Command> commands;

  FakeAnalysisRunner(TestProbe<Command> commands) {
    this.commands = commands;
  }

  @Override
  public ActorRef<Command> start(
      ActorContext<?> context, AnalysisRequest request, ActorRef<Report> reply) {
    started.add(request);
    replyTo.put(request.runName(), reply);
    return commands.ref();
  }

  void report(String runName, dev.stepwise.domain.analysis.AnalysisPhase phase, String message) {
    replyTo.get(runName).tell(new Report(runName, phase, message));
  }
}
