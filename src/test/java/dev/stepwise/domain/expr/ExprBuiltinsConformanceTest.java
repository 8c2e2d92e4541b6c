package dev.stepwise.domain.expr;

import static dev.stepwise.domain.expr.Rows.err;
import static dev.stepwise.domain.expr.Rows.list;
import static dev.stepwise.domain.expr.Rows.map;
import static dev.stepwise.domain.expr.Rows.ok;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** expr builtins, closures and Argo's helper functions (asInt, asFloat, isNaN, isInf, ...). */
class ExprBuiltinsConformanceTest {

  static List<Rows> rows() {
    return List.of(
        // closures: with and without braces, #, .field, #index
        ok("all(result, {# < 1000})", list(10.0, 999.0), true),
        ok("all(result, # < 1000)", list(10.0, 1000.0), false),
        ok("all(result, # > 0)", list(), true),
        ok("any(result, # >= 0.95)", list(0.5, 0.96), true),
        ok("none(result, # > 5)", list(1L, 2L), true),
        ok("one(result, # > 1)", list(1L, 2L, 3L), false),
        ok("filter(result, # % 2 == 0)", list(1L, 2L, 3L, 4L), list(2L, 4L)),
        ok("map(result, # * 2)", list(1L, 2.5), list(2L, 5.0)),
        ok("map(result, #index)", list("a", "b"), list(0L, 1L)),
        ok("count(result, # > 1)", list(1L, 2L, 3L), 2L),
        ok("count([true, false, true])", 2L),
        ok("sum(result, # * 10)", list(1L, 2L), 30L),
        ok("all(result, {.ok})", list(map("ok", true), map("ok", true)), true),
        ok("filter(result, .v > 1)", list(map("v", 1L), map("v", 2L)), list(map("v", 2L))),
        ok("find(result, # > 1)", list(1L, 5L, 7L), 5L),
        ok("findIndex(result, # > 1)", list(1L, 5L, 7L), 1L),
        ok("findLast(result, # > 1)", list(1L, 5L, 7L), 7L),
        ok("find(result, # > 9)", list(1L), null),
        ok("reduce(result, #acc + #, 0)", list(1L, 2L, 3L), 6L),
        ok("groupBy(result, # % 2)", list(1L, 2L, 3L), map("1", list(1L, 3L), "0", list(2L))),
        ok("sortBy(result, #, 'desc')", list(1L, 3L, 2L), list(3L, 2L, 1L)),
        ok("all(result, all(#, # > 0))", list(list(1L), list(2L)), true),
        err("all(result, # > 1)", 2.0, "reflect: call of reflect.Value.Len on float64 Value"),
        err("any(result, # > 1)", null, "reflect: call of reflect.Value.Len on zero Value"),
        err("all(result, #)", list(1.0), "interface conversion: interface {} is float64, not bool"),
        // len and aggregates
        ok("len(result)", list(1.0, 2.0, 3.0), 3L),
        ok("len(result)", map("a", 1L), 1L),
        ok("len('héllo')", 6L),
        ok("len(result) == 0 || result[0] >= 0.95", list(), true),
        err("len(result)", 1.5, "invalid argument for len (type float64)"),
        err("len(result)", null, "invalid argument for len (type <nil>)"),
        ok("sum(result)", list(1L, 2L, 3L), 6L),
        ok("sum(result)", list(1L, 2.5), 3.5),
        ok("sum([])", 0L),
        ok("mean(result)", list(1L, 2L, 3L, 4L), 2.5),
        ok("median(result)", list(5.0, 1.0, 3.0), 3.0),
        ok("median(result)", list(4L, 1L, 3L, 2L), 2.5),
        ok("max(result)", list(0.01, 0.07, 0.03), 0.07),
        ok("max(1, 2.5, 2)", 2.5),
        ok("min(3, 1, 2)", 1L),
        ok("max(result) < 0.05", list(0.01, 0.04), true),
        ok("max(result)", list(), null),
        ok("max('a')", "a"),
        err("max()", null, "not enough arguments to call max"),
        err("max('a', 1)", null, "invalid argument for max (type string)"),
        // numbers and conversions
        ok("abs(-3)", 3L),
        ok("abs(-2.5)", 2.5),
        ok("ceil(1.2)", 2.0),
        ok("floor(1.8)", 1.0),
        ok("round(2.5)", 3.0),
        ok("round(-2.5)", -3.0),
        ok("ceil(2)", 2.0),
        ok("int(3.9)", 3L),
        ok("int('42')", 42L),
        ok("float(3)", 3.0),
        ok("float('0.5')", 0.5),
        ok("string(42)", "42"),
        ok("string(0.1)", "0.1"),
        ok("string(1e21)", "1e+21"),
        ok("string(result)", list(1.0, 2.5), "[1 2.5]"),
        ok("string(nil)", "<nil>"),
        err("int('x')", null, "invalid operation: int(x)"),
        err("float('x')", null, "invalid operation: float(x)"),
        err("int(true)", null, "invalid operation: int(bool)"),
        err("abs('x')", null, "invalid argument for abs (type string)"),
        err("len()", null, "invalid number of arguments (expected 1, got 0)"),
        err("len(1, 2)", null, "invalid number of arguments (expected 1, got 2)"),
        err("upper()", null, "not enough arguments to call upper"),
        // strings
        ok("upper('abc')", "ABC"),
        ok("lower('ABC')", "abc"),
        ok("trim('  x  ')", "x"),
        ok("trim('__x_', '_')", "x"),
        ok("split('a,b,c', ',')", list("a", "b", "c")),
        ok("split('a,b,c', ',', 2)", list("a", "b,c")),
        ok("replace('aXbX', 'X', '-')", "a-b-"),
        ok("replace('aXbX', 'X', '-', 1)", "a-bX"),
        ok("repeat('ab', 2)", "abab"),
        err(
            "repeat('ab', -1)",
            null,
            "invalid argument for repeat (expected positive integer, got -1)"),
        ok("join(['a', 'b'], '+')", "a+b"),
        ok("indexOf('hello', 'l')", 2L),
        ok("hasPrefix('hello', 'he')", true),
        ok("type(result)", 1.0, "float"),
        ok("type(result)", list(), "array"),
        ok("first(result)", list(4L, 5L), 4L),
        ok("last(result)", list(4L, 5L), 5L),
        ok("first(result)", list(), null),
        ok("first(result)", 1.5, null),
        ok("get(result, 'a')", map("a", 1L), 1L),
        ok("get(result, 9)", list(1L), null),
        ok("keys({a: 1})", list("a")),
        ok("reverse([1, 2])", list(2L, 1L)),
        // Argo's env functions
        ok("asInt(result) == 3", "3", true),
        ok("asInt(result)", 3.9, 3L),
        ok("asFloat(result) >= 0.90", "0.95", true),
        ok("asFloat(result)", 2L, 2.0),
        err("asInt(result)", "abc", "strconv.ParseInt: parsing \"abc\": invalid syntax"),
        err("asFloat(result)", "x1", "strconv.ParseFloat: parsing \"x1\": invalid syntax"),
        err("asInt(result)", true, "asInt() not supported on bool true"),
        err("asFloat(result)", null, "asFloat() not supported on <nil> <nil>"),
        ok("isNaN(result)", Double.NaN, true),
        ok("isNaN(result) || result >= 0.95", 0.97, true),
        ok("isInf(result)", Double.NEGATIVE_INFINITY, true),
        ok("isInf(result)", 1.0, false),
        err("isNaN(result)", 1L, "reflect: Call using int as type float64"),
        ok("isNil(result)", null, true),
        ok("isNil(1)", null, true),
        ok("isNil(result)", list(), false),
        ok("isNil(nil)", 0.5, false),
        ok("default(result, 0) < 0.05", null, true),
        ok("default(result, 0)", null, 0L),
        ok("default(nil, 0)", 0.2, 0.2),
        ok("default(result, 0) > 4", 5.0, true),
        err("default(result)", null, "not enough arguments to call default"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void conforms(Rows row) {
    row.check();
  }
}
