package dev.stepwise.domain.analysis;

import static dev.stepwise.domain.analysis.RunDriver.at;
import static dev.stepwise.domain.analysis.RunDriver.metric;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Events and state are plain records that survive Jackson CBOR, as the journal stores them. */
class RunSerializationTest {
  private static final ObjectMapper CBOR =
      CBORMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  @Test
  void everyEventAndTheStateRoundTrip() throws Exception {
    RunSpec s =
        new RunSpec(
            List.of(metric("m", "interval", "1m", "count", "3"), metric("d")),
            List.of(ArgSpec.of("a", "1"), ArgSpec.secret("t", "creds", "k")),
            List.of("^d$"),
            List.of(new RunSpec.Retention("m", 2)),
            new RunSpec.Ttl(1, 2, 3),
            false);
    RunDriver d = new RunDriver().start(s, at(0));
    d.secrets.put("creds/k", "x");
    d.observe("m", Observation.running(Map.of("k", "v"), at(5)), at(1))
        .observe("m", Observation.result(AnalysisPhase.SUCCESSFUL, "1", Map.of()), at(6))
        .observe("d", AnalysisPhase.FAILED, at(7))
        .terminate(at(8));
    assertThat(d.events.stream().map(Object::getClass).distinct())
        .containsExactlyInAnyOrder(RunEvent.class.getPermittedSubclasses());

    for (RunEvent e : d.events) {
      assertThat(CBOR.readValue(CBOR.writeValueAsBytes(e), RunEvent.class.cast(e).getClass()))
          .isEqualTo(e);
    }
    RunState back = CBOR.readValue(CBOR.writeValueAsBytes(d.state), RunState.class);
    assertThat(back).isEqualTo(d.state);
    assertThat(RunState.replay(d.events)).isEqualTo(d.state);
  }
}
