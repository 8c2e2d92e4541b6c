package dev.stepwise.analysis.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON as plain Java values (Map, List, String, Double, Boolean, null), the shape of a Go {@code
 * any} after {@code json.Unmarshal}: every number decodes as Double (Go float64), and doubles are
 * written back as Go writes them ({@code 5}, {@code 0.25}).
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .registerModule(
              new SimpleModule("go-floats")
                  .addSerializer(Double.class, new GoFloatSerializer())
                  .addSerializer(double.class, new GoFloatSerializer()));

  private Json() {}

  /** The decoded value, or empty if {@code text} is not JSON. A JSON null is Optional of a box. */
  public static Optional<Parsed> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Parsed(goNumbers(MAPPER.readValue(text, Object.class))));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** Go's json.Unmarshal into {@code any} makes every number a float64: so do we (Double). */
  private static Object goNumbers(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(k, goNumbers(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(x -> out.add(goNumbers(x)));
      return out;
    }
    if (v instanceof Integer || v instanceof Long || v instanceof BigInteger) {
      return ((Number) v).doubleValue();
    }
    return v;
  }

  /** Writes doubles as Go's encoding/json does: {@code 5} not {@code 5.0}. */
  private static final class GoFloatSerializer extends StdSerializer<Double> {
    GoFloatSerializer() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value.isNaN() || value.isInfinite()) {
        gen.writeString(formatFloat(value));
      } else {
        gen.writeNumber(formatFloat(value));
      }
    }
  }

  /** Holder so a JSON {@code null} can be told apart from "not JSON". */
  public record Parsed(Object value) {}

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not serialisable as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Go's {@code strconv.FormatFloat(f, 'f', -1, 64)}: shortest exact decimal, no exponent. */
  public static String formatFloat(double f) {
    if (Double.isNaN(f)) {
      return "NaN";
    }
    if (Double.isInfinite(f)) {
      return f > 0 ? "+Inf" : "-Inf";
    }
    String s = new java.math.BigDecimal(Double.toString(f)).stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }
}
