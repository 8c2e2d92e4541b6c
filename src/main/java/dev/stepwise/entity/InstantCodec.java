package dev.stepwise.entity;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import dev.stepwise.domain.IsoTime;
import java.io.IOException;
import java.time.Instant;

/**
 * Jackson (Pekko's) reads and writes of {@link Instant} through {@link IsoTime}: the same text as
 * the JSR-310 module writes with Pekko's settings (dates as text, not timestamps), so a journal
 * written before or after reads alike. Anything else (a number, an offset) goes to the JSR-310
 * module's deserializer.
 */
final class InstantCodec {
  private InstantCodec() {}

  static final class Reader extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        Instant t = IsoTime.parseOrNull(p.getText());
        if (t != null) {
          return t;
        }
      }
      return InstantDeserializer.INSTANT.deserialize(p, ctxt);
    }
  }

  static final class Writer extends StdScalarSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(IsoTime.format(value));
    }
  }
}
