package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Cause;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.entity.JournalReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events {@code history} has no sentence for yet are shown from their fields (the builder's
 * fallback uses these for event types added later), and controller aborts name the controller.
 */
class GenericMomentTest {
  /** Stands in for an event type added after the history printer was written. */
  record ProgressDeadlineExceeded(String replicaSet, long seconds, Cause cause, Instant at) {}

  @Test
  void anUnknownEventIsDescribedFromItsFields() {
    var event =
        new ProgressDeadlineExceeded(
            "web-abc", 600, Cause.CONTROLLER, Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(GenericMoment.type(event)).isEqualTo("progressDeadlineExceeded");
    assertThat(GenericMoment.text(event))
        .isEqualTo(
            "progress deadline exceeded (by the controller): replicaSet=web-abc, seconds=600");
    assertThat(GenericMoment.details(event))
        .containsEntry("replicaSet", "web-abc")
        .containsEntry("seconds", 600L)
        .containsEntry("cause", "CONTROLLER")
        .doesNotContainKey("at");
  }

  @Test
  void anAbortByTheControllerSaysWhyAndWho() {
    RolloutKey key = new RolloutKey("shop", "web");
    Instant t0 = Instant.parse("2024-05-01T10:00:00Z");
    List<JournalReader.Entry> entries =
        List.of(
                new RolloutEvent.Registered("shop", "web", "uid-1", t0),
                new RolloutEvent.RevisionStarted(2, "h2", java.util.Map.of(), false, t0),
                new RolloutEvent.Aborted(
                    2,
                    "ReplicaSet \"web-h2\" has timed out progressing.",
                    Cause.CONTROLLER,
                    t0.plusSeconds(600)))
            .stream()
            .map(e -> new JournalReader.Entry(0, e.at(), e))
            .toList();
    History history = HistoryBuilder.build(key, entries);
    History.Revision revision = history.incarnations().get(0).revisions().get(0);
    assertThat(revision.moments())
        .extracting(History.Moment::text)
        .containsExactly(
            "aborted by the controller: ReplicaSet \"web-h2\" has timed out progressing.");
    assertThat(revision.ending().kind()).isEqualTo("aborted");
  }
}
