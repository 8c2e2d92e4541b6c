package dev.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.entity.JournalReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The controller restarts during a blue-green scale-down delay: the journaled deadline is kept (the
 * delay does not start again from zero) and the old revision still goes away once it passes.
 */
class BlueGreenRestartIT {

  @Test
  void theScaleDownDelaySurvivesARestart(@TempDir Path dir) {
    try (ControllerHarness h = new ControllerHarness(dir)) {
      BlueGreenFixture bg = new BlueGreenFixture(h);
      bg.services("delay");
      bg.rollout("delay", 2, "demo:blue", "scaleDownDelaySeconds: 12");
      String blue = h.awaitFirstHealthy("delay");
      h.setImage("delay", "demo:green");
      h.awaitStatus("delay", s -> !blue.equals(s.get("currentPodHash")));
      String green = (String) h.status("delay").get("currentPodHash");
      h.awaitHealthyOn("delay", green);
      await().atMost(Duration.ofSeconds(10)).until(() -> bg.deadline("delay", blue) != null);
      Instant deadline = Instant.parse(bg.deadline("delay", blue));

      h.stopController();
      await().pollDelay(Duration.ofSeconds(6)).until(() -> true); // half the delay
      assertThat(h.replicaSets("delay")).containsEntry("delay-" + blue, 2);
      h.startController();

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> Integer.valueOf(0).equals(h.replicaSets("delay").get("delay-" + blue)));
      Instant scaledDown = Instant.now();
      // at the journaled deadline, not a whole delay after the restart
      assertThat(scaledDown).isBetween(deadline, deadline.plusSeconds(3));
      assertThat(bg.selector("delay-active")).isEqualTo(green);
      List<RolloutEvent.ScaleDownScheduled> scheduled =
          journal(h).stream()
              .filter(e -> e instanceof RolloutEvent.ScaleDownScheduled)
              .map(e -> (RolloutEvent.ScaleDownScheduled) e)
              .toList();
      assertThat(scheduled)
          .singleElement()
          .extracting(RolloutEvent.ScaleDownScheduled::podTemplateHash)
          .isEqualTo(blue);
    }
  }

  private static List<RolloutEvent> journal(ControllerHarness h) {
    try (JournalReader reader = JournalReader.open(h.config())) {
      return reader.events(new RolloutKey(ControllerHarness.NS, "delay")).stream()
          .map(JournalReader.Entry::event)
          .toList();
    }
  }
}
