package dev.stepwise.entity;

import dev.stepwise.domain.Cause;
import dev.stepwise.domain.ConditionView;
import dev.stepwise.domain.IntOrPercent;
import dev.stepwise.domain.ObservedStatus;
import dev.stepwise.domain.ReplicaCounts;
import dev.stepwise.domain.ReplicaSetView;
import dev.stepwise.domain.RolloutCommand;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.domain.RolloutSpec;
import dev.stepwise.domain.RolloutState;
import dev.stepwise.domain.RolloutStatusView;
import dev.stepwise.domain.Step;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Domain values built directly, for the shell's tests. */
final class Fixtures {
  static final String UID = "0b6a6c3e-uid-1";

  private Fixtures() {}

  static RolloutSpec spec(String hash) {
    Map<String, String> images = new LinkedHashMap<>();
    images.put("app", "nginx:1.25");
    images.put("sidecar", "envoy:1.30");
    return new RolloutSpec(
        3,
        Map.of("app", "demo"),
        false,
        Map.of("app", "demo"),
        hash,
        images,
        5,
        null,
        10,
        false,
        new RolloutSpec.CanarySpec(
            List.of(Step.setWeight(20), Step.pause(30L), Step.setWeight(60)),
            "steps-h1",
            new IntOrPercent(1, false),
            IntOrPercent.DEFAULT_25_PERCENT,
            List.of()),
        false,
        List.of());
  }

  /** A history that reaches a timed pause at step 1 ending at {@code deadline}. */
  static List<RolloutEvent> pausedHistory(RolloutKey key, Instant t0, Instant deadline) {
    return List.of(
        new RolloutEvent.Registered(key.namespace(), key.name(), UID, t0),
        new RolloutEvent.SpecChanged(spec("h1"), 1, t0),
        new RolloutEvent.RevisionStarted(1, "h1", Map.of("app", "nginx:1.25"), false, t0),
        new RolloutEvent.StepCompleted(0, "setWeight 20", Cause.CONTROLLER, t0.plusSeconds(1)),
        new RolloutEvent.PauseStarted(1, "CanaryPauseStep", deadline, t0.plusSeconds(1)));
  }

  /** One instance of every event type, in an order a rollout could go through. */
  static List<RolloutEvent> everyEvent(RolloutKey key, Instant t) {
    return List.of(
        new RolloutEvent.Registered(key.namespace(), key.name(), UID, t),
        new RolloutEvent.SpecChanged(spec("h1"), 1, t),
        new RolloutEvent.RevisionStarted(1, "h1", Map.of("app", "nginx:1.25"), false, t),
        new RolloutEvent.Completed(1, "h1", "initial", t.plusSeconds(1)),
        new RolloutEvent.SpecChanged(spec("h2"), 2, t.plusSeconds(2)),
        new RolloutEvent.RevisionStarted(2, "h2", Map.of("app", "nginx:1.26"), false, t),
        new RolloutEvent.StepCompleted(0, "setWeight 20", Cause.CONTROLLER, t.plusSeconds(3)),
        new RolloutEvent.PauseStarted(1, "CanaryPauseStep", t.plusSeconds(33), t.plusSeconds(3)),
        new RolloutEvent.PausePublished(t.plusSeconds(4)),
        new RolloutEvent.PauseEnded(1, Cause.user("kubectl-argo-rollouts"), t.plusSeconds(5)),
        new RolloutEvent.StepSkipped(2, 3, Cause.user("stepwise-cli"), t.plusSeconds(6)),
        new RolloutEvent.ManuallyPaused(Cause.user("kubectl-edit"), t.plusSeconds(7)),
        new RolloutEvent.ManuallyResumed(Cause.user(null), t.plusSeconds(8)),
        new RolloutEvent.FullPromotionRequested(Cause.user("stepwise-cli"), t.plusSeconds(9)),
        new RolloutEvent.Aborted(
            2, "aborted by user", Cause.user("stepwise-cli"), t.plusSeconds(10)),
        new RolloutEvent.Retried(Cause.user("stepwise-cli"), t.plusSeconds(11)),
        new RolloutEvent.AbortPublished(t.plusSeconds(11)),
        new RolloutEvent.ProgressObserved(new ReplicaCounts(5, 1, 4, 4), t.plusSeconds(11)),
        new RolloutEvent.ProgressDeadlineExceeded(2, "timed out", t.plusSeconds(11)),
        new RolloutEvent.Restarted(t, t.plusSeconds(11)),
        new RolloutEvent.RevisionStarted(3, "h1", Map.of(), false, t, 2, 0, true),
        new RolloutEvent.ServiceSwitched("active", "svc-active", "h1", "h2", t.plusSeconds(11)),
        new RolloutEvent.ScaleDownScheduled("h1", 1, t.plusSeconds(41), t.plusSeconds(11)),
        new RolloutEvent.ScaleDownDelayEnded("h1", t.plusSeconds(41)),
        new RolloutEvent.PromotionGateFinished("post", false, "failed", t.plusSeconds(11)),
        new RolloutEvent.AnalysisRunRequested(
            new dev.stepwise.domain.analysis.AnalysisRequest(
                "ns",
                "ro",
                "ro-h2-2-1",
                dev.stepwise.domain.analysis.RolloutRuns.Kind.STEP,
                1,
                "h2",
                2,
                java.util.List.of(new dev.stepwise.domain.analysis.TemplateSpec.Ref("t", false)),
                java.util.List.of(dev.stepwise.domain.analysis.ArgSpec.of("svc", "web")),
                java.util.List.of("m"),
                java.util.List.of(new dev.stepwise.domain.analysis.RunSpec.Retention("m", 5)),
                java.util.Map.of("rollout-type", "Step"),
                java.util.Map.of("a", "b")),
            t.plusSeconds(11)),
        new RolloutEvent.AnalysisRunReported(
            "ro-h2-2-1",
            dev.stepwise.domain.analysis.AnalysisPhase.FAILED,
            "Metric \"m\" assessed Failed",
            t.plusSeconds(11)),
        new RolloutEvent.AnalysisRunTerminated("ro-h2-2-1", "Rollout aborted", t.plusSeconds(11)),
        new RolloutEvent.Deleted(UID, t.plusSeconds(12)));
  }

  /** A state with every nested record filled in. */
  static RolloutState fullState(Instant t) {
    return new RolloutState(
        "ns",
        "demo",
        UID,
        2,
        spec("h2"),
        4,
        "h2",
        2,
        "h1",
        1,
        2,
        1,
        new RolloutState.Pause(1, "CanaryPauseStep", t, t.plusSeconds(30), true),
        new RolloutState.Abort("too many errors", t, false),
        true,
        t.minusSeconds(60),
        t,
        false,
        new ReplicaCounts(5, 1, 4, 4),
        t,
        t.minusSeconds(30),
        true);
  }

  static ConditionView condition(Instant t) {
    return new ConditionView("Progressing", "True", "ReplicaSetUpdated", "updated", t, t);
  }

  static RolloutCommand.Observe observe(RolloutKey key, long resourceVersion, Instant t) {
    return new RolloutCommand.Observe(
        key.namespace(),
        key.name(),
        UID,
        1,
        resourceVersion,
        spec("h1"),
        ObservedStatus.EMPTY,
        List.of(condition(t)));
  }

  static ReplicaSetView replicaSet(Instant t) {
    return new ReplicaSetView("demo-h1", "h1", 1, 3, 3, 3, 3, t, false);
  }

  static RolloutStatusView status(Instant t) {
    return new RolloutStatusView(
        "Paused",
        "CanaryPauseStep",
        "4",
        "h2",
        "h1",
        1,
        "steps-h1",
        List.of(new RolloutStatusView.PauseCondition("CanaryPauseStep", t)),
        true,
        false,
        null,
        false,
        4,
        1,
        4,
        4,
        4,
        "app=demo",
        List.of(condition(t)));
  }

  /** Every RolloutCommand type. */
  static List<RolloutCommand> everyCommand(RolloutKey key, Instant t) {
    return List.of(
        observe(key, 5, t),
        new RolloutCommand.ObserveReplicaSets(List.of(replicaSet(t))),
        new RolloutCommand.Tick(),
        new RolloutCommand.StatusWritten(6, status(t)),
        new RolloutCommand.PromotionGateReported("pre", "h2", false, "failed"),
        new RolloutCommand.AnalysisReported(
            "ro-h2-2-1", dev.stepwise.domain.analysis.AnalysisPhase.SUCCESSFUL, null),
        new RolloutCommand.ObserveDeleted(UID));
  }
}
