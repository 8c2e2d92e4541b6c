package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.RestartPlan.PodView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestartPlanTest {
  private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
  private static final Instant RESTART_AT = T0.plusSeconds(60);

  private static PodView old(String name, String rs, int ageRank) {
    return new PodView(name, rs, T0.plusSeconds(ageRank), true, false);
  }

  private static PodView fresh(String name, String rs, boolean ready) {
    return new PodView(name, rs, RESTART_AT.plusSeconds(5), ready, false);
  }

  @Test
  void aRestartIsDueOnceRestartAtPassedAndUntilItIsRecorded() {
    assertThat(RestartPlan.needed(null, null, RESTART_AT)).isFalse();
    assertThat(RestartPlan.needed(RESTART_AT, null, RESTART_AT.minusSeconds(1))).isFalse();
    assertThat(RestartPlan.needed(RESTART_AT, null, RESTART_AT)).isTrue();
    assertThat(RestartPlan.needed(RESTART_AT, T0, RESTART_AT)).isTrue();
    assertThat(RestartPlan.needed(RESTART_AT, RESTART_AT, RESTART_AT.plusSeconds(9))).isFalse();
  }

  @Test
  void stablePodsGoFirstThenNewThenOthersOnePerMaxUnavailable() {
    List<PodView> pods =
        List.of(
            old("o1", "other", 0),
            old("n1", "new", 1),
            old("s1", "stable", 2),
            old("s2", "stable", 3));
    var plan = RestartPlan.plan(RESTART_AT, pods, List.of("stable", "new", "other"), 4, 4, 1);
    assertThat(plan.done()).isFalse();
    assertThat(plan.evict()).containsExactly("s1");
    var two = RestartPlan.plan(RESTART_AT, pods, List.of("stable", "new", "other"), 4, 4, 2);
    assertThat(two.evict()).containsExactly("s1", "s2");
  }

  @Test
  void nothingMoreIsEvictedWhileAReplacementIsNotReadyOrAnEvictionIsUnderWay() {
    List<PodView> waiting =
        List.of(old("a", "rs", 0), old("b", "rs", 1), old("c", "rs", 2), fresh("d", "rs", false));
    assertThat(RestartPlan.plan(RESTART_AT, waiting, List.of("rs"), 4, 4, 1).evict()).isEmpty();
    List<PodView> terminating =
        List.of(
            old("a", "rs", 0),
            old("b", "rs", 1),
            old("c", "rs", 2),
            new PodView("d", "rs", T0, true, true));
    assertThat(RestartPlan.plan(RESTART_AT, terminating, List.of("rs"), 4, 4, 1).evict()).isEmpty();
  }

  @Test
  void zeroMaxUnavailableStillRestartsOneAtATimeWhenThereIsSurge() {
    List<PodView> pods = List.of(old("a", "rs", 0), old("b", "rs", 1));
    assertThat(RestartPlan.plan(RESTART_AT, pods, List.of("rs"), 2, 2, 0).evict())
        .containsExactly("a");
  }

  @Test
  void doneWhenEveryPodIsNewerThanRestartAt() {
    var plan =
        RestartPlan.plan(
            RESTART_AT,
            List.of(fresh("a", "rs", true), fresh("b", "rs", false)),
            List.of("rs"),
            2,
            2,
            1);
    assertThat(plan.done()).isTrue();
    assertThat(plan.evict()).isEmpty();
  }
}
