package dev.stepwise.entity.analysis;

import dev.stepwise.domain.analysis.AnalysisRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.javadsl.ActorContext;

/**
 * Runs a rollout's analysis runs as children of its entity: each child is an {@link
 * AnalysisRunBehavior} journaled under its own persistence id, so a restarted rollout that asks for
 * the same run again resumes it where it stopped.
 */
public final class ChildAnalysisRunner implements AnalysisRunner {
  private static final String PREFIX = "analysis-run-";

  private final AnalysisRuntime runtime;

  public ChildAnalysisRunner(AnalysisRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public ActorRef<Command> start(
      ActorContext<?> context, AnalysisRequest request, ActorRef<Report> replyTo) {
    String name = PREFIX + URLEncoder.encode(request.runName(), StandardCharsets.UTF_8);
    var existing = context.getChild(name);
    if (existing.isPresent()) {
      return (ActorRef) existing.get();
    }
    AnalysisRunKey key = new AnalysisRunKey(request.namespace(), request.runName());
    ActorRef<Object> run =
        context.spawn(
            AnalysisRunBehavior.create(key, new RunOrigin.FromRollout(request, replyTo), runtime),
            name);
    return run.narrow();
  }

  /**
   * A runner for systems started without analysis (tests of the rollout entity alone): asking it
   * for a run is a clear error, never a silent no-op.
   */
  public static AnalysisRunner unavailable() {
    return (context, request, replyTo) -> {
      throw new IllegalStateException(
          "analysis runs are not configured in this actor system (run " + request.runName() + ")");
    };
  }
}
