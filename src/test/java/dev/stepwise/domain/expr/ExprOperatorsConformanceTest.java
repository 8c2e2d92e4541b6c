package dev.stepwise.domain.expr;

import static dev.stepwise.domain.expr.Rows.err;
import static dev.stepwise.domain.expr.Rows.list;
import static dev.stepwise.domain.expr.Rows.map;
import static dev.stepwise.domain.expr.Rows.ok;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Operators, literals, member access and errors, as expr-lang v1.17 evaluates them. */
class ExprOperatorsConformanceTest {

  static List<Rows> rows() {
    return List.of(
        // int vs float arithmetic (Go int / float64)
        ok("1 + 2", 3L),
        ok("1 + 2.5", 3.5),
        ok("7 - 10", -3L),
        ok("3 * 4", 12L),
        ok("3 * 0.5", 1.5),
        ok("4 / 2", 2.0),
        ok("7 / 2", 3.5),
        ok("1 / 0", Double.POSITIVE_INFINITY),
        ok("7 % 3", 1L),
        ok("-7 % 3", -1L),
        ok("2 ** 10", 1024.0),
        ok("2 ^ 3", 8.0),
        ok("-2 ** 2", -4.0),
        ok("2 ** 3 ** 2", 512.0),
        ok("1 + 2 * 3", 7L),
        ok("(1 + 2) * 3", 9L),
        ok("10 - 2 - 3", 5L),
        ok("1_000_000", 1000000L),
        ok("0x1F", 31L),
        ok("1e3", 1000.0),
        ok(".5 + 1", 1.5),
        ok("'a' + \"b\"", "ab"),
        err("7.5 % 2", null, "invalid operation: float64 % int"),
        err("1 % 0", null, "runtime error: integer divide by zero"),
        err("'a' + 1", null, "invalid operation: string + int"),
        err("result + 1", null, "invalid operation: <nil> + int"),
        err("-'x'", null, "invalid operation: - string"),
        // comparisons, across int and float
        ok("1 == 1.0", true),
        ok("1 < 1.5", true),
        ok("result >= 0.95", 0.95, true),
        ok("result > 1", 2L, true),
        ok("'abc' < 'abd'", true),
        ok("'a' == 'a'", true),
        ok("'1' == 1", false),
        ok("result == nil", null, true),
        ok("result != nil", 0.5, true),
        ok("nil == nil", true),
        ok("[1, 2] == [1, 2]", true),
        ok("result == 0.0 / 0.0", Double.NaN, false),
        err("result < 0.05", null, "invalid operation: <nil> < float64"),
        err("'a' > 1", null, "invalid operation: string > int"),
        // logic
        ok("true and false", false),
        ok("true && true", true),
        ok("false or true", true),
        ok("false || false", false),
        ok("not false", true),
        ok("!true", false),
        ok("not (1 > 2)", true),
        ok("false and result[0] > 1", list(), false),
        ok("true or result.x", null, true),
        err("result and true", 1.0, "interface conversion: interface {} is float64, not bool"),
        err("!result", null, "interface conversion: interface {} is nil, not bool"),
        // conditional and nil coalescing
        ok("result > 1 ? 'big' : 'small'", 2.0, "big"),
        ok("result > 1 ? 'big' : 'small'", 0.5, "small"),
        ok("result ?: false", true, true),
        ok("result ?? 0", null, 0L),
        ok("result ?? 0", 3.0, 3.0),
        // membership and string operators
        ok("2 in [1, 2, 3]", true),
        ok("2.0 in [1, 2, 3]", true),
        ok("'x' in ['y']", false),
        ok("'a' in {a: 1}", true),
        ok("'b' not in {a: 1}", true),
        ok("'ok' in result", map("ok", true), true),
        ok("1 in result", null, false),
        err("1 in 1", null, "operator \"in\" not defined on int"),
        ok("'hello' contains 'ell'", true),
        ok("'hello' startsWith 'he'", true),
        ok("'hello' endsWith 'lo'", true),
        ok("'hello' not contains 'z'", true),
        ok("result matches '^v[0-9]+'", "v12", true),
        ok("'abc' matches 'b'", true),
        ok("'abc' not matches 'z'", true),
        err("'a' matches '('", null, "error parsing regexp: missing closing ): `(`"),
        err("'a' matches 'a)'", null, "error parsing regexp: unexpected ): `a)`"),
        err("'a' matches '[a'", null, "error parsing regexp: missing closing ]: `[a`"),
        err(
            "'a' matches '*'",
            null,
            "error parsing regexp: missing argument to repetition operator: `*`"),
        err(
            "result contains 'a'",
            1.0,
            "interface conversion: interface {} is float64, not string"),
        // member access, indexing, slicing
        ok("result.major == '1'", map("major", "1", "minor", "20"), true),
        ok("result['major']", map("major", "1"), "1"),
        ok("result.missing", map("major", "1"), null),
        ok("result.missing == nil", map(), true),
        ok("result.a.b", map("a", map("b", 2.0)), 2.0),
        ok("result[0]", list(0.5, 0.7), 0.5),
        ok("result[-1]", list(0.5, 0.7), 0.7),
        ok("result[1.9]", list(0.5, 0.7), 0.7),
        ok("result[0].Values[1]", list(map("Values", list(1.0, 2.0))), 2.0),
        ok("result[1:]", list(1L, 2L, 3L), list(2L, 3L)),
        ok("result[:2]", list(1L, 2L, 3L), list(1L, 2L)),
        ok("result[-2:]", list(1L, 2L, 3L), list(2L, 3L)),
        ok("'hello'[1:3]", "el"),
        ok("result?.a", null, null),
        ok("result?.a.b", null, null),
        ok("result?.a", map("a", 1L), 1L),
        err("result[0]", list(), "index out of range: 0 (array length is 0)"),
        err("result[5]", list(1.0), "index out of range: 5 (array length is 1)"),
        err("result.major", null, "cannot fetch major from <nil>"),
        err("result.major", 1.0, "cannot fetch major from float64"),
        err("result[0]", 0.5, "cannot fetch 0 from float64"),
        err("result['a']", list(1.0), "invalid operation: int(string)"),
        // literals, ranges, let, pipes
        ok("[1, 2.5, 'x']", list(1L, 2.5, "x")),
        ok("{a: 1, 'b': 2}.b", 2L),
        ok("1..3", list(1L, 2L, 3L)),
        ok("let x = result * 2; x > 1", 0.6, true),
        ok("result | len()", list(1.0, 2.0), 2L),
        ok("result | filter(# > 1) | len()", list(1L, 2L, 3L), 2L),
        ok("$env.result", 4L, 4L),
        ok("`raw\\n`", "raw\\n"),
        ok("'tab\\tend'", "tab\tend"),
        // compile errors
        err("results[0] >= 90.000000", list(95.0), "unknown name results"),
        err("foo(1)", null, "unknown name foo"),
        err("result >", 1.0, "unexpected token EOF"),
        err("(1 + 2", null, "unexpected token EOF"),
        err("1 + )", null, "unexpected token Bracket(\")\")"),
        err("result @ 1", null, "unrecognized character: U+0040 '@'"),
        err("'open", null, "literal not terminated"),
        err("# > 1", null, "cannot use pointer accessor outside closure"),
        // expr's own parser error table (parser_test.go)
        err("result.", null, "unexpected end of expression"),
        err("result+", null, "unexpected token EOF"),
        err("result ? (1+2) c", null, "unexpected token Identifier(\"c\")"),
        err("[result b]", null, "unexpected token Identifier(\"b\")"),
        err(
            "{-}",
            null,
            "a map key must be a quoted string, a number, a identifier, or an"
                + " expression enclosed in parentheses (unexpected token Operator(\"-\"))"),
        err("[1, 2, 3,,]", null, "unexpected token Operator(\",\")"),
        err("[,]", null, "unexpected token Operator(\",\")"),
        err("{a:1, b:2, ,}", null, "unexpected token Operator(\",\")"),
        err(
            "result ?? 1 || true",
            null,
            "Operator (||) and coalesce expressions (??) cannot be"
                + " mixed. Wrap either by parentheses."),
        ok("true || result ?? false", null, true),
        ok("(result ?? false) || true", null, true),
        ok("{a:1, b:2, }", map("a", 1L, "b", 2L)),
        ok("result?.a?.b", map("a", null), null),
        ok("-2^2", -4.0),
        ok("+0 != -0", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void conforms(Rows row) {
    row.check();
  }
}
