package dev.stepwise.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.BlueGreenSpec;
import dev.stepwise.domain.BlueGreenState;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutSpec;
import dev.stepwise.domain.RolloutState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Blue-green specs and state survive the journal's serializer, deadlines included. */
class BlueGreenSerializationTest extends EntityTestSupport {
  private static final Instant T = Instant.parse("2025-03-01T10:15:30.123456Z");

  static RolloutSpec blueGreenSpec() {
    RolloutSpec s = Fixtures.spec("h2");
    return new RolloutSpec(
        s.replicas(),
        s.selectorMatchLabels(),
        s.selectorHasExpressions(),
        s.templateLabels(),
        s.podTemplateHash(),
        s.images(),
        s.minReadySeconds(),
        s.progressDeadlineSeconds(),
        s.revisionHistoryLimit(),
        false,
        null,
        true,
        List.of(),
        false,
        null,
        null,
        null,
        null,
        new BlueGreenSpec("active", "preview", 1, false, 20, 45, 2, 0, true, true));
  }

  @Test
  void aBlueGreenSpecChangeRoundTrips() {
    RolloutEvent e = new RolloutEvent.SpecChanged(blueGreenSpec(), 3, T);
    testKit.serializationTestKit().verifySerialization(e, true);
  }

  @Test
  void aStateWithDeadlinesAndGatesRoundTrips() {
    RolloutState full = Fixtures.fullState(T);
    RolloutState bg =
        new RolloutState(
            full.namespace(),
            full.name(),
            full.uid(),
            full.incarnation(),
            blueGreenSpec(),
            full.generation(),
            full.currentHash(),
            full.currentRevision(),
            full.stableHash(),
            full.stableRevision(),
            full.maxRevision(),
            full.stepIndex(),
            full.pause(),
            full.abort(),
            full.promoteFull(),
            full.revisionStartedAt(),
            full.lastProgressAt(),
            full.deleted(),
            full.observedCounts(),
            full.progressDeadlineExceededAt(),
            full.restartedAt(),
            full.rollbackWithinWindow(),
            new BlueGreenState("h1", "h2", Map.of("h0", T.plusSeconds(30)), true, false));
    testKit.serializationTestKit().verifySerialization(bg, true);
    assertThat(bg.nextWakeup()).isPresent();
  }
}
