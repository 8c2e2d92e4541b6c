package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.BlueGreenSpec;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.domain.RolloutSpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code stepwise history} of a blue-green rollout shows every Service switch with its time. */
class BlueGreenHistoryTest {
  static final RolloutKey KEY = new RolloutKey("shop", "cart");

  static Instant t(String hhmmss) {
    return Instant.parse("2024-05-01T" + hhmmss + "Z");
  }

  static RolloutSpec spec(String hash) {
    return new RolloutSpec(
        2,
        Map.of("app", "cart"),
        false,
        Map.of("app", "cart"),
        hash,
        Map.of("app", "cart:" + hash),
        0,
        null,
        null,
        false,
        null,
        true,
        List.of(),
        false,
        null,
        null,
        null,
        null,
        new BlueGreenSpec(
            "cart-active", "cart-preview", null, true, 0, null, null, null, false, false));
  }

  @Test
  void everySwitchIsShownWithItsTime() {
    FakeJournal journal =
        new FakeJournal()
            .append(
                KEY,
                new RolloutEvent.Registered("shop", "cart", "uid-1", t("10:00:00")),
                new RolloutEvent.SpecChanged(spec("h1"), 1, t("10:00:00")),
                new RolloutEvent.RevisionStarted(1, "h1", Map.of(), false, t("10:00:01")),
                new RolloutEvent.Completed(1, "h1", "Initial deploy", t("10:00:01")),
                new RolloutEvent.ServiceSwitched(
                    "active", "cart-active", null, "h1", t("10:00:10")),
                new RolloutEvent.SpecChanged(spec("h2"), 2, t("11:00:00")),
                new RolloutEvent.RevisionStarted(2, "h2", Map.of(), false, t("11:00:00")),
                new RolloutEvent.ServiceSwitched(
                    "preview", "cart-preview", "h1", "h2", t("11:00:00")),
                new RolloutEvent.ServiceSwitched(
                    "active", "cart-active", "h1", "h2", t("11:00:20")),
                new RolloutEvent.Completed(2, "h2", "Completed blue-green update", t("11:00:20")),
                new RolloutEvent.ScaleDownScheduled("h1", 1, t("11:00:50"), t("11:00:20")));
    StringWriter out = new StringWriter();
    int exit =
        new StepwiseCli(new PrintWriter(out), new PrintWriter(new StringWriter()))
            .withJournal(() -> journal)
            .withClientFactory(
                options -> {
                  throw new AssertionError("history must not need the Kubernetes API");
                })
            .execute("history", "-n", "shop", "cart");
    assertThat(exit).isZero();
    assertThat(out.toString())
        .containsSubsequence(
            "2024-05-01T10:00:10Z  active service 'cart-active' switched from '' to 'h1'",
            "Revision 2 (h2)",
            "2024-05-01T11:00:00Z  preview service 'cart-preview' switched from 'h1' to 'h2'",
            "2024-05-01T11:00:20Z  active service 'cart-active' switched from 'h1' to 'h2'",
            "revision 1 (h1) scales down at 2024-05-01T11:00:50Z");
  }
}
