package dev.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.stepwise.domain.Cause;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.entity.JournalReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The controller stopped mid-rollout and started again on the same journal: the rollout resumes
 * where it was, the pause keeps its deadline, no step repeats, and a promote made while the
 * controller was down is not lost.
 */
class ControllerRestartIT {
  private static final Duration PAUSE = Duration.ofSeconds(10);

  @Test
  void aRolloutResumesWhereItWasAfterARestart(@TempDir Path dir) {
    try (ControllerHarness h = new ControllerHarness(dir)) {
      h.createRollout(
          "survivor",
          4,
          "demo:blue",
          "- setWeight: 50\n- pause: {duration: 10s}\n- setWeight: 75\n- pause: {}");
      String stable = h.awaitFirstHealthy("survivor");
      h.setImage("survivor", "demo:green");
      h.awaitStatus(
          "survivor",
          s -> pauseStart(s) != null && Integer.valueOf(1).equals(s.get("currentStepIndex")));
      Instant pausedAt = pauseStart(h.status("survivor"));

      h.stopController();
      await().pollDelay(Duration.ofSeconds(2)).until(() -> true); // down for a while
      assertThat(h.status("survivor")).containsEntry("currentStepIndex", 1);
      h.startController();

      h.awaitStatus(
          "survivor",
          s ->
              "Paused".equals(s.get("phase"))
                  && Integer.valueOf(3).equals(s.get("currentStepIndex")));
      String canary = (String) h.status("survivor").get("currentPodHash");
      assertThat(h.replicaSets("survivor"))
          .containsEntry("survivor-" + canary, 3)
          .containsEntry("survivor-" + stable, 1);

      // promoted while the controller is down: the action is not lost
      h.stopController();
      h.patchStatus("survivor", "{\"status\":{\"pauseConditions\":null}}");
      h.startController();
      h.awaitHealthyOn("survivor", canary);

      List<RolloutEvent> events = journal(h);
      List<RolloutEvent.PauseStarted> pauses =
          events.stream()
              .filter(e -> e instanceof RolloutEvent.PauseStarted)
              .map(e -> (RolloutEvent.PauseStarted) e)
              .toList();
      assertThat(pauses).extracting(RolloutEvent.PauseStarted::stepIndex).containsExactly(1, 3);
      Instant deadline = pauses.get(0).deadline();
      // status times have whole seconds; the journal keeps the exact deadline
      assertThat(deadline).isBetween(pausedAt.plus(PAUSE), pausedAt.plus(PAUSE).plusSeconds(1));
      RolloutEvent.PauseEnded timed =
          events.stream()
              .filter(e -> e instanceof RolloutEvent.PauseEnded p && p.stepIndex() == 1)
              .map(e -> (RolloutEvent.PauseEnded) e)
              .findFirst()
              .orElseThrow();
      assertThat(timed.cause()).isEqualTo(Cause.TIMER);
      // ended at its deadline, not a full pause after the restart
      assertThat(timed.at()).isBetween(deadline, deadline.plusSeconds(4));
      assertThat(
              events.stream()
                  .filter(e -> e instanceof RolloutEvent.StepCompleted)
                  .map(e -> ((RolloutEvent.StepCompleted) e).stepIndex())
                  .filter(i -> i >= 0)
                  .toList())
          .doesNotHaveDuplicates();
      assertThat(events)
          .filteredOn(e -> e instanceof RolloutEvent.PauseEnded p && p.stepIndex() == 3)
          .singleElement()
          .extracting(e -> ((RolloutEvent.PauseEnded) e).cause().kind())
          .isEqualTo(Cause.Kind.USER);
    }
  }

  private static List<RolloutEvent> journal(ControllerHarness h) {
    try (JournalReader reader = JournalReader.open(h.config())) {
      return reader.events(new RolloutKey(ControllerHarness.NS, "survivor")).stream()
          .map(JournalReader.Entry::event)
          .toList();
    }
  }

  @SuppressWarnings("unchecked")
  private static Instant pauseStart(Map<String, Object> status) {
    if (status.get("pauseConditions") instanceof List<?> list && !list.isEmpty()) {
      return Instant.parse(String.valueOf(((Map<String, Object>) list.get(0)).get("startTime")));
    }
    return null;
  }
}
