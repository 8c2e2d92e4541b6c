package dev.stepwise.domain.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The general API: compile once, run with an env; time values for Prometheus range queries. */
class ExprApiTest {
  private static final Instant NOW = Rows.CLOCK.instant();

  @Test
  void rangeQueryBoundsAreTimes() {
    assertThat(Expr.compile("now() - duration(\"5m\")").runTime(Map.of(), Rows.CLOCK))
        .isEqualTo(NOW.minus(Duration.ofMinutes(5)));
    assertThat(Expr.compile("now()").runTime(Map.of(), Rows.CLOCK)).isEqualTo(NOW);
    assertThatThrownBy(() -> Expr.compile("'now'").runTime(Map.of(), Rows.CLOCK))
        .hasMessage("expected time.Time, but got string");
  }

  @Test
  void durationsParseAndPrintLikeGo() {
    Program p = Expr.compile("duration(d)");
    assertThat(p.run(Map.of("d", "1h30m"))).isEqualTo(Duration.ofMinutes(90));
    assertThat(p.run(Map.of("d", "1.5s"))).isEqualTo(Duration.ofMillis(1500));
    assertThat(p.run(Map.of("d", "-2ms"))).isEqualTo(Duration.ofMillis(-2));
    assertThat(Expr.compile("string(duration('90m'))").run(Map.of())).isEqualTo("1h30m0s");
    assertThat(Expr.compile("string(duration('1500ms'))").run(Map.of())).isEqualTo("1.5s");
    assertThat(Expr.compile("string(duration('0s'))").run(Map.of())).isEqualTo("0s");
    assertThatThrownBy(() -> p.run(Map.of("d", "5d")))
        .hasMessage("time: unknown unit \"d\" in duration \"5d\"");
    assertThatThrownBy(() -> p.run(Map.of("d", "5")))
        .hasMessage("time: missing unit in duration \"5\"");
    assertThatThrownBy(() -> p.run(Map.of("d", "abc")))
        .hasMessage("time: invalid duration \"abc\"");
  }

  @Test
  void timesCompareSubtractAndParse() {
    Map<String, Object> env = Map.of();
    assertThat(Expr.compile("now() > date('2024-01-01')").run(env, Rows.CLOCK)).isEqualTo(true);
    assertThat(Expr.compile("now() - date('2024-05-01T11:00:00Z')").run(env, Rows.CLOCK))
        .isEqualTo(Duration.ofHours(1));
    assertThat(
            Expr.compile("date('2024-05-01 10:00:00') + duration('2h') == now()")
                .run(env, Rows.CLOCK))
        .isEqualTo(true);
    assertThat(Expr.compile("date('01/05/2024', '02/01/2006')").run(env))
        .isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
    assertThat(Expr.compile("string(date('2024-05-01T10:00:00.5Z'))").run(env))
        .isEqualTo("2024-05-01 10:00:00.5 +0000 UTC");
    assertThatThrownBy(() -> Expr.compile("date('yesterday')").run(env))
        .hasMessage("invalid date yesterday");
  }

  @Test
  void timeAndDurationMethods() {
    Map<String, Object> env = Map.of();
    assertThat(Expr.compile("now().Hour() == 12 && now().Year() == 2024").run(env, Rows.CLOCK))
        .isEqualTo(true);
    assertThat(Expr.compile("duration('90m').Hours()").run(env)).isEqualTo(1.5);
    assertThat(Expr.compile("(now() - date('2024-05-01')).Minutes()").run(env, Rows.CLOCK))
        .isEqualTo(720.0);
    assertThat(Expr.compile("now().Format('2006-01-02T15:04')").run(env, Rows.CLOCK))
        .isEqualTo("2024-05-01T12:00");
    assertThat(Expr.compile("now().Sub(date('2024-05-01')) > duration('1h')").run(env, Rows.CLOCK))
        .isEqualTo(true);
    assertThatThrownBy(() -> Expr.compile("result.Year()").run(Map.of("result", 1.0)))
        .hasMessage("cannot fetch Year from float64");
  }

  @Test
  void aProgramIsReusableAcrossEnvs() {
    Program p = Expr.compile("x * 2");
    assertThat(p.run(Map.of("x", 2))).isEqualTo(4L);
    assertThat(p.run(Map.of("x", 2.5f))).isEqualTo(5.0);
    assertThatThrownBy(() -> p.run(Map.of())).hasMessage("unknown name x");
  }

  @Test
  void envFunctionsAreCallable() {
    ExprFunction twice = args -> ((Number) args.get(0)).longValue() * 2;
    assertThat(Expr.compile("twice(21)").run(Map.of("twice", twice))).isEqualTo(42L);
  }

  @Test
  void hostileInputEndsAsAnExprExceptionNotACrash() {
    String deep = "(".repeat(20_000) + "1" + ")".repeat(20_000);
    assertThatThrownBy(() -> Expr.compile(deep).run(Map.of())).isInstanceOf(ExprException.class);
    assertThatThrownBy(() -> Expr.compile(null)).isInstanceOf(ExprException.class);
    assertThatThrownBy(() -> Expr.compile("1..100000000").run(Map.of()))
        .isInstanceOf(ExprException.class);
    String evil = "'" + "a".repeat(40) + "' matches '(.*a){12}b'";
    assertThatThrownBy(() -> Expr.compile(evil).run(Map.of()))
        .hasMessage("regexp: match of \"(.*a){12}b\" is too expensive");
    ExprFunction broken =
        args -> {
          throw new IllegalStateException("boom");
        };
    assertThatThrownBy(() -> Expr.compile("f()").run(Map.of("f", broken)))
        .isInstanceOf(ExprException.class)
        .hasMessage("boom");
  }

  @Test
  void errorsPointIntoTheSource() {
    assertThatThrownBy(() -> Expr.compile("result + )"))
        .isInstanceOfSatisfying(ExprException.class, e -> assertThat(e.position()).isEqualTo(9));
  }

  @Test
  void floatsPrintLikeGo() {
    assertThat(GoFormat.formatFloat(0.00001)).isEqualTo("1e-05");
    assertThat(GoFormat.formatFloat(123456789.0)).isEqualTo("123456789");
    assertThat(GoFormat.formatFloat(1e20)).isEqualTo("100000000000000000000");
    assertThat(GoFormat.formatFloat(-2.5)).isEqualTo("-2.5");
    assertThat(GoFormat.formatFloat(Double.NaN)).isEqualTo("NaN");
    assertThat(GoFormat.formatFloat(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
    assertThat(GoFormat.value(List.of(1L, "a", Map.of("k", 2.0)))).isEqualTo("[1 a map[k:2]]");
  }
}
