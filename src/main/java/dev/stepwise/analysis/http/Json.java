package dev.stepwise.analysis.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * JSON as plain Java values (Map, List, String, Double/Long, Boolean, null), the shape of a Go
 * {@code any} after {@code json.Unmarshal}. Floating numbers decode as Double as in Go.
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Json() {}

  /** The decoded value, or empty if {@code text} is not JSON. A JSON null is Optional of a box. */
  public static Optional<Parsed> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Parsed(MAPPER.readValue(text, Object.class)));
    } catch (JsonProcessingException e) {
      return Optional.empty();
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
