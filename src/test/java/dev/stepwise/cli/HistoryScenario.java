package dev.stepwise.cli;

import dev.stepwise.domain.Cause;
import dev.stepwise.domain.RolloutEvent.Aborted;
import dev.stepwise.domain.RolloutEvent.Completed;
import dev.stepwise.domain.RolloutEvent.Deleted;
import dev.stepwise.domain.RolloutEvent.FullPromotionRequested;
import dev.stepwise.domain.RolloutEvent.ManuallyPaused;
import dev.stepwise.domain.RolloutEvent.PauseEnded;
import dev.stepwise.domain.RolloutEvent.PausePublished;
import dev.stepwise.domain.RolloutEvent.PauseStarted;
import dev.stepwise.domain.RolloutEvent.Registered;
import dev.stepwise.domain.RolloutEvent.Retried;
import dev.stepwise.domain.RolloutEvent.RevisionStarted;
import dev.stepwise.domain.RolloutEvent.SpecChanged;
import dev.stepwise.domain.RolloutEvent.StepCompleted;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.domain.RolloutSpec;
import dev.stepwise.domain.Step;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A realistic journal for one rollout name: an initial deploy, a canary promoted by the upstream
 * plugin then by a pause deadline, a canary aborted and retried with our CLI then fully promoted,
 * the Rollout deleted, and a second incarnation whose paused canary was superseded by another that
 * is still paused.
 */
final class HistoryScenario {
  static final RolloutKey KEY = new RolloutKey("shop", "guestbook");
  static final Cause UPSTREAM = Cause.user("kubectl-argo-rollouts");
  static final Cause OURS = Cause.user("stepwise-cli");

  private HistoryScenario() {}

  static Instant t(String hhmmss) {
    return Instant.parse("2024-05-01T" + hhmmss + "Z");
  }

  static FakeJournal journal() {
    return new FakeJournal().append(KEY, firstIncarnation()).append(KEY, secondIncarnation());
  }

  private static RolloutSpec spec(String hash, String image) {
    List<Step> steps =
        List.of(Step.setWeight(20), Step.pause(null), Step.setWeight(40), Step.pause(10L));
    return new RolloutSpec(
        5,
        Map.of("app", "guestbook"),
        false,
        Map.of("app", "guestbook"),
        hash,
        Map.of("app", image),
        0,
        null,
        null,
        false,
        new RolloutSpec.CanarySpec(steps, "sh", null, null, List.of()),
        false,
        List.of());
  }

  private static dev.stepwise.domain.RolloutEvent[] firstIncarnation() {
    return new dev.stepwise.domain.RolloutEvent[] {
      new Registered("shop", "guestbook", "uid-1", t("10:00:00")),
      new SpecChanged(spec("h1", "nginx:1.25"), 1, t("10:00:00")),
      new RevisionStarted(1, "h1", Map.of("app", "nginx:1.25"), false, t("10:00:01")),
      new Completed(1, "h1", "initial deploy", t("10:00:30")),
      new SpecChanged(spec("h2", "nginx:1.26"), 2, t("11:00:00")),
      new RevisionStarted(2, "h2", Map.of("app", "nginx:1.26"), false, t("11:00:00")),
      new StepCompleted(0, "setWeight: 20", Cause.CONTROLLER, t("11:00:20")),
      new PauseStarted(1, "CanaryPauseStep", null, t("11:00:20")),
      new PausePublished(t("11:00:21")),
      new PauseEnded(1, UPSTREAM, t("11:10:20")),
      new StepCompleted(1, "pause", UPSTREAM, t("11:10:20")),
      new StepCompleted(2, "setWeight: 40", Cause.CONTROLLER, t("11:10:40")),
      new PauseStarted(3, "CanaryPauseStep", t("11:10:50"), t("11:10:40")),
      new PauseEnded(3, Cause.TIMER, t("11:10:50")),
      new StepCompleted(3, "pause: 10s", Cause.TIMER, t("11:10:50")),
      new Completed(2, "h2", "all steps completed", t("11:11:10")),
      new SpecChanged(spec("h3", "nginx:1.27"), 3, t("12:00:00")),
      new RevisionStarted(3, "h3", Map.of("app", "nginx:1.27"), false, t("12:00:00")),
      new StepCompleted(0, "setWeight: 20", Cause.CONTROLLER, t("12:00:20")),
      new Aborted(3, "error rate too high", OURS, t("12:01:00")),
      new Retried(OURS, t("12:05:00")),
      new StepCompleted(0, "setWeight: 20", Cause.CONTROLLER, t("12:05:20")),
      new FullPromotionRequested(OURS, t("12:06:00")),
      new Completed(3, "h3", "full promotion", t("12:07:00")),
      new Deleted("uid-1", t("13:00:00"))
    };
  }

  private static dev.stepwise.domain.RolloutEvent[] secondIncarnation() {
    return new dev.stepwise.domain.RolloutEvent[] {
      new Registered("shop", "guestbook", "uid-2", t("14:00:00")),
      new SpecChanged(spec("h4", "nginx:1.28"), 1, t("14:00:00")),
      new RevisionStarted(1, "h4", Map.of("app", "nginx:1.28"), false, t("14:00:01")),
      new Completed(1, "h4", "initial deploy", t("14:00:30")),
      new RevisionStarted(2, "h5", Map.of("app", "nginx:1.29"), false, t("15:00:00")),
      new StepCompleted(0, "setWeight: 20", Cause.CONTROLLER, t("15:00:20")),
      new ManuallyPaused(Cause.user(null), t("15:00:30")),
      new PauseStarted(1, "CanaryPauseStep", null, t("15:00:40")),
      new RevisionStarted(3, "h6", Map.of("app", "nginx:1.30"), false, t("15:20:40")),
      new StepCompleted(0, "setWeight: 20", Cause.CONTROLLER, t("15:21:00")),
      new PauseStarted(1, "CanaryPauseStep", null, t("15:21:00"))
    };
  }
}
