package dev.stepwise.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.serialization.SerializationExtension;
import org.junit.jupiter.api.Test;

/**
 * The journal's times read and write as the same text as before the codec, and numbers still read.
 */
class InstantCodecTest extends EntityTestSupport {
  private static final Instant T = Instant.parse("2025-03-01T10:15:30.123456Z");

  public record Holder(Instant at) {}

  @Test
  void eventsHoldTheirTimesAsIsoText() throws Exception {
    var serialization = SerializationExtension.get(Adapter.toClassic(testKit.system()));
    RolloutEvent event = Fixtures.everyEvent(new RolloutKey("ns", "demo"), T).get(0);

    byte[] bytes = serialization.serialize(event).get();

    assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains(T.toString());
  }

  @Test
  void pekkosMapperUsesTheCodec() throws Exception {
    ObjectMapper pekko =
        org.apache.pekko.serialization.jackson.JacksonObjectMapperProvider.get(
                Adapter.toClassic(testKit.system()))
            .getOrCreate("jackson-cbor", java.util.Optional.empty());

    assertThat(pekko.getSerializerProviderInstance().findValueSerializer(Instant.class))
        .isInstanceOf(InstantCodec.Writer.class);
    assertThat(pekko.readValue(pekko.writeValueAsBytes(new Holder(T)), Holder.class))
        .isEqualTo(new Holder(T));
  }

  @Test
  void readsWhatTheStockModuleWrote() throws Exception {
    ObjectMapper stock =
        new ObjectMapper(new CBORFactory())
            .registerModule(new ParameterNamesModule())
            .registerModule(new JavaTimeModule());
    // registered after the JSR-310 module, as Pekko's jackson-modules list does
    ObjectMapper ours =
        new ObjectMapper(new CBORFactory())
            .registerModule(new ParameterNamesModule())
            .registerModule(new JavaTimeModule())
            .registerModule(new StepwiseJacksonModule());
    for (boolean timestamps : new boolean[] {false, true}) {
      var writer =
          timestamps
              ? stock.writer().with(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
              : stock.writer().without(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
      byte[] written = writer.writeValueAsBytes(new Holder(T));
      assertThat(ours.readValue(written, Holder.class))
          .as("timestamps " + timestamps)
          .isEqualTo(new Holder(T));
    }
    byte[] text =
        stock
            .writer()
            .without(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .writeValueAsBytes(new Holder(T));
    assertThat(ours.writeValueAsBytes(new Holder(T))).isEqualTo(text);
  }
}
