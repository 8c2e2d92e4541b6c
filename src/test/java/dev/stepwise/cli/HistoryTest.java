package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class HistoryTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final FakeJournal journal = HistoryScenario.journal();

  private int run(String... args) {
    return new StepwiseCli(new PrintWriter(out), new PrintWriter(err))
        .withJournal(() -> journal)
        .withClientFactory(
            options -> {
              throw new AssertionError("history must not need the Kubernetes API");
            })
        .execute(args);
  }

  @Test
  void textShowsBothIncarnationsWithTheirRevisionsInOrder() {
    assertThat(run("history", "-n", "shop", "guestbook")).isZero();
    String text = out.toString();
    assertThat(text)
        .startsWith("Rollout shop/guestbook")
        .containsSubsequence(
            "Incarnation 1 (uid uid-1), registered 2024-05-01T10:00:00Z",
            "Revision 1 (h1), started 2024-05-01T10:00:01Z",
            "2024-05-01T10:00:30Z  completed: initial deploy",
            "Revision 2 (h2), started 2024-05-01T11:00:00Z",
            "images: app=nginx:1.26",
            "Revision 3 (h3)",
            "deleted at 2024-05-01T13:00:00Z",
            "Incarnation 2 (uid uid-2), registered 2024-05-01T14:00:00Z",
            "Revision 1 (h4)",
            "Revision 2 (h5)",
            "superseded by revision 3",
            "Revision 3 (h6)");
    assertThat(journal.closed).isTrue();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void pausesSayWhenTheyStartedEndedHowLongAndWhatEndedThem() {
    run("history", "-n", "shop", "guestbook");
    assertThat(out.toString())
        .contains(
            "2024-05-01T11:00:20Z  paused at step 2/4 (CanaryPauseStep) from 2024-05-01T11:00:20Z"
                + " to 2024-05-01T11:10:20Z (10m0s): promoted by kubectl-argo-rollouts")
        .contains(
            "paused at step 4/4 (CanaryPauseStep) from 2024-05-01T11:10:40Z to"
                + " 2024-05-01T11:10:50Z (10s): deadline passed")
        .contains("2024-05-01T11:00:20Z  step 1/4 completed: setWeight: 20");
  }

  @Test
  void abortRetryAndFullPromotionNameWhoDidThem() {
    run("history", "-n", "shop", "guestbook");
    assertThat(out.toString())
        .containsSubsequence(
            "2024-05-01T12:01:00Z  aborted by stepwise-cli: error rate too high",
            "2024-05-01T12:05:00Z  retried by stepwise-cli",
            "2024-05-01T12:06:00Z  full promotion requested by stepwise-cli",
            "2024-05-01T12:07:00Z  completed: full promotion");
  }

  @Test
  void aSupersededCanaryAndTheStillPausedCurrentOne() {
    run("history", "-n", "shop", "guestbook");
    String second = out.toString().substring(out.toString().indexOf("Incarnation 2"));
    assertThat(second)
        .containsSubsequence(
            "Revision 2 (h5)",
            "paused manually by an unknown user",
            "paused at step 2/4 (CanaryPauseStep) from 2024-05-01T15:00:40Z until superseded at"
                + " 2024-05-01T15:20:40Z (20m0s)",
            "2024-05-01T15:20:40Z  superseded by revision 3",
            "Revision 3 (h6)",
            "paused at step 2/4 (CanaryPauseStep) since 2024-05-01T15:21:00Z, indefinitely",
            "current revision");
  }

  @Test
  void jsonCarriesTheSameInformationForTools() {
    assertThat(run("history", "-n", "shop", "guestbook", "--output", "json")).isZero();
    JsonNode doc = Json.parse(out.toString());
    assertThat(doc.path("namespace").asText()).isEqualTo("shop");
    assertThat(doc.path("incarnations")).hasSize(2);
    JsonNode first = doc.path("incarnations").get(0);
    assertThat(first.path("deletedAt").asText()).isEqualTo("2024-05-01T13:00:00Z");
    assertThat(first.path("revisions")).hasSize(3);
    JsonNode rev2 = first.path("revisions").get(1);
    assertThat(rev2.path("images").path("app").asText()).isEqualTo("nginx:1.26");
    assertThat(rev2.path("ending").path("kind").asText()).isEqualTo("completed");
    JsonNode userPause = rev2.path("events").get(1);
    assertThat(userPause.path("type").asText()).isEqualTo("pause");
    assertThat(userPause.path("durationSeconds").asLong()).isEqualTo(600);
    assertThat(userPause.path("cause").asText()).isEqualTo("USER");
    assertThat(userPause.path("actor").asText()).isEqualTo("kubectl-argo-rollouts");
    JsonNode rev3Events = first.path("revisions").get(2).path("events");
    assertThat(rev3Events.findValuesAsText("type"))
        .containsSubsequence("aborted", "retried", "fullPromotionRequested");
    JsonNode second = doc.path("incarnations").get(1).path("revisions");
    assertThat(second.get(1).path("ending").path("kind").asText()).isEqualTo("superseded");
    assertThat(second.get(2).path("ending").isNull()).isTrue();
  }

  @Test
  void unknownRolloutIsOneErrorLine() {
    assertThat(run("history", "-n", "shop", "nope")).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "Error: no history for rollout \"nope\" in namespace \"shop\""
                + System.lineSeparator());
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void journalThatCannotBeOpenedIsOneErrorLine() {
    int code =
        new StepwiseCli(new PrintWriter(out), new PrintWriter(err))
            .withJournal(
                () -> {
                  throw new IllegalStateException("journal reader not wired yet");
                })
            .execute("history", "-n", "shop", "guestbook");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().lines()).containsExactly("Error: journal reader not wired yet");
  }
}
