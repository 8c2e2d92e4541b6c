package dev.stepwise.domain.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Value forms and coercions. Inside the evaluator a Go int is a Long, a float64 a Double, a
 * time.Time an Instant and a time.Duration a Duration; lists and string-keyed maps are as given.
 */
final class Values {
  private Values() {}

  /** Brings a caller's value into the evaluator's forms (Integer → Long, Float → Double, ...). */
  static Object normalize(Object v) {
    return switch (v) {
      case null -> null;
      case Long l -> l;
      case Double d -> d;
      case String s -> s;
      case Boolean b -> b;
      case Integer i -> i.longValue();
      case Short s -> s.longValue();
      case Byte b -> b.longValue();
      case Float f -> f.doubleValue();
      case BigInteger b -> b.longValue();
      case BigDecimal b -> b.doubleValue();
      case Character c -> String.valueOf(c);
      case OffsetDateTime t -> t.toInstant();
      case ZonedDateTime t -> t.toInstant();
      case List<?> l -> {
        List<Object> out = new ArrayList<>(l.size());
        for (Object o : l) {
          out.add(normalize(o));
        }
        yield out;
      }
      case Map<?, ?> m -> {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, val) -> out.put(String.valueOf(k), normalize(val)));
        yield out;
      }
      case Object[] a -> normalize(List.of(a));
      default -> v;
    };
  }

  static boolean isNumber(Object v) {
    return v instanceof Long || v instanceof Double;
  }

  /** Go's runtime.ToInt: floats truncate, anything else is an error. */
  static long toInt(Object v) {
    if (v instanceof Long l) {
      return l;
    }
    if (v instanceof Double d) {
      return d.longValue();
    }
    throw new ExprException("invalid operation: int(" + GoFormat.typeName(v) + ")");
  }

  /** Go's runtime.ToFloat64. */
  static double toFloat(Object v) {
    if (v instanceof Long l) {
      return l;
    }
    if (v instanceof Double d) {
      return d;
    }
    throw new ExprException("invalid operation: float(" + GoFormat.typeName(v) + ")");
  }

  /** A Go type assertion {@code v.(bool)}, which panics on anything else. */
  static boolean asBool(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    throw conversion(v, "bool");
  }

  /** A Go type assertion {@code v.(string)}. */
  static String asString(Object v) {
    if (v instanceof String s) {
      return s;
    }
    throw conversion(v, "string");
  }

  static ExprException conversion(Object v, String want) {
    String got = v == null ? "nil" : GoFormat.typeName(v);
    return new ExprException("interface conversion: interface {} is " + got + ", not " + want);
  }

  /**
   * The array a closure builtin walks. expr's VM takes its length by reflection, so anything else
   * fails with reflect's panic text.
   */
  static List<?> asList(Object v, String fn) {
    if (v instanceof List<?> l) {
      return l;
    }
    String kind =
        v == null ? "zero" : GoFormat.typeName(v).startsWith("map[") ? "map" : GoFormat.typeName(v);
    String method = v instanceof Map<?, ?> || v instanceof String ? "Index" : "Len";
    return fail("reflect: call of reflect.Value." + method + " on " + kind + " Value");
  }

  private static List<?> fail(String message) {
    throw new ExprException(message);
  }

  static boolean isNil(Object v) {
    return v == null;
  }

  static boolean isInstant(Object v) {
    return v instanceof Instant;
  }
}
