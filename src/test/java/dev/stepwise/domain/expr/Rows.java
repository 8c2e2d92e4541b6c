package dev.stepwise.domain.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A conformance row: an expression over {@code result}, and its value or its error message. */
record Rows(String expr, Object result, Object expected, boolean error) {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);

  static Rows ok(String expr, Object result, Object expected) {
    return new Rows(expr, result, expected, false);
  }

  static Rows ok(String expr, Object expected) {
    return ok(expr, null, expected);
  }

  static Rows err(String expr, Object result, String message) {
    return new Rows(expr, result, message, true);
  }

  static List<Object> list(Object... xs) {
    return Arrays.asList(xs);
  }

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /** Runs the row the way Argo's EvalCondition does: result plus asInt, isNil, default, .... */
  void check() {
    if (error) {
      assertThatThrownBy(() -> Expr.compile(expr).run(ArgoFunctions.env(result), CLOCK))
          .isInstanceOf(ExprException.class)
          .hasMessage((String) expected);
      return;
    }
    Object actual = Expr.compile(expr).run(ArgoFunctions.env(result), CLOCK);
    if (expected == null) {
      assertThat(actual).isNull();
    } else {
      assertThat(actual).isEqualTo(expected);
      // For numbers the class matters too: Go's int and float64 are different results.
      if (expected instanceof Number) {
        assertThat(actual.getClass()).isEqualTo(expected.getClass());
      }
    }
  }

  @Override
  public String toString() {
    return expr + (result == null ? "" : "  [result=" + result + "]");
  }
}
