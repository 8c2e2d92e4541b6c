package dev.stepwise.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.analysis.RolloutRuns.Kind;
import dev.stepwise.domain.analysis.RunHistory.OldRun;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Names, labels and history limits of rollout-created runs (§3.14). */
class RolloutRunsTest {

  @Test
  void namesCarryHashRevisionAndInfix() {
    assertThat(RolloutRuns.name("guestbook", "6cf78c66c5", 2, Kind.STEP, 1))
        .isEqualTo("guestbook-6cf78c66c5-2-1");
    assertThat(RolloutRuns.name("guestbook", "6cf78c66c5", 2, Kind.BACKGROUND, null))
        .isEqualTo("guestbook-6cf78c66c5-2");
    assertThat(RolloutRuns.name("bg", "abc", 3, Kind.PRE_PROMOTION, null))
        .isEqualTo("bg-abc-3-pre");
    assertThat(RolloutRuns.name("bg", "abc", 3, Kind.POST_PROMOTION, null))
        .isEqualTo("bg-abc-3-post");
    assertThat(RolloutRuns.withCollisionSuffix("bg-abc-3-pre", 0)).isEqualTo("bg-abc-3-pre");
    assertThat(RolloutRuns.withCollisionSuffix("bg-abc-3-pre", 2)).isEqualTo("bg-abc-3-pre.2");
  }

  @Test
  void labels() {
    assertThat(RolloutRuns.labels("abc", Kind.STEP, 3))
        .isEqualTo(
            Map.of("rollouts-pod-template-hash", "abc", "rollout-type", "Step", "step-index", "3"));
    assertThat(RolloutRuns.labels("abc", Kind.BACKGROUND, null))
        .isEqualTo(Map.of("rollouts-pod-template-hash", "abc", "rollout-type", "Background"));
  }

  @Test
  void historyKeepsTheNewestPerOutcomeAndDropsRunsOfGoneReplicaSets() {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    List<OldRun> runs =
        List.of(
            new OldRun("s1", "h1", AnalysisPhase.SUCCESSFUL, t.plusSeconds(1)),
            new OldRun("s2", "h1", AnalysisPhase.SUCCESSFUL, t.plusSeconds(2)),
            new OldRun("s3", "h1", AnalysisPhase.SUCCESSFUL, t.plusSeconds(3)),
            new OldRun("f1", "h2", AnalysisPhase.FAILED, t.plusSeconds(4)),
            new OldRun("e1", "h2", AnalysisPhase.ERROR, t.plusSeconds(5)),
            new OldRun("gone", "h9", AnalysisPhase.SUCCESSFUL, t.plusSeconds(6)),
            new OldRun("unlabeled", "", AnalysisPhase.SUCCESSFUL, t.plusSeconds(7)));
    assertThat(RunHistory.toDelete(runs, Set.of("h1", "h2"), 2, 1))
        .extracting(OldRun::name)
        .containsExactly("unlabeled", "gone", "f1", "s1");
    assertThat(RunHistory.toDelete(runs, Set.of("h1", "h2", "h9"), 5, 5))
        .extracting(OldRun::name)
        .containsExactly("unlabeled");
  }
}
