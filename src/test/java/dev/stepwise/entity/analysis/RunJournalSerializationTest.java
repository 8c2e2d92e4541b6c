package dev.stepwise.entity.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.ArgSpec;
import dev.stepwise.domain.analysis.Measurement;
import dev.stepwise.domain.analysis.MetricSpec;
import dev.stepwise.domain.analysis.RunEvent;
import dev.stepwise.domain.analysis.RunSpec;
import dev.stepwise.domain.analysis.RunState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.serialization.Serialization;
import org.apache.pekko.serialization.SerializationExtension;
import org.apache.pekko.serialization.Serializers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Run events and state survive the journal's own serializer (Pekko's Jackson CBOR with the
 * project's module), provider configs included: a run resumed after a restart measures the same
 * metric it measured before.
 */
class RunJournalSerializationTest {
  private static final ActorTestKit KIT = ActorTestKit.create();
  private static final Instant T = Instant.parse("2026-01-02T03:04:05.123Z");

  @AfterAll
  static void stop() {
    KIT.shutdownTestKit();
  }

  static RunSpec spec() {
    Map<String, Object> web =
        Map.of(
            "web",
            Map.of(
                "url",
                "http://x/{{args.a}}",
                "jsonPath",
                "{$.v}",
                "timeoutSeconds",
                5,
                "headers",
                List.of(Map.of("key", "k", "value", "v"))));
    return new RunSpec(
        List.of(
            new MetricSpec("m", "2s", null, "3", "result == 1", null, "1", null, null, null, web)),
        List.of(ArgSpec.of("a", "1"), ArgSpec.secret("t", "creds", "token")),
        List.of(),
        List.of(new RunSpec.Retention("m", 2)),
        new RunSpec.Ttl(null, null, 30),
        false);
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) {
    Serialization s = SerializationExtension.get(KIT.system());
    byte[] bytes = s.serialize(value).get();
    var serializer = s.findSerializerFor(value);
    return (T)
        s.deserialize(bytes, serializer.identifier(), Serializers.manifestFor(serializer, value))
            .get();
  }

  @Test
  void theStartedEventKeepsTheProviderConfig() {
    RunEvent.Started e = new RunEvent.Started(spec(), T);
    RunEvent.Started back = roundTrip(e);
    assertThat(back).isEqualTo(e);
    assertThat(back.spec().metrics().get(0).providerConfig()).containsKey("url");
  }

  @Test
  void measurementsAndTheStateRoundTrip() {
    RunState s = RunState.empty().apply(new RunEvent.Started(spec(), T));
    RunEvent m =
        new RunEvent.Measured(
            "m",
            new Measurement(AnalysisPhase.SUCCESSFUL, null, T, T, "1", Map.of("k", "v"), null),
            T);
    assertThat(roundTrip(m)).isEqualTo(m);
    RunState next = s.apply(m);
    assertThat(roundTrip(next)).isEqualTo(next);
  }
}
