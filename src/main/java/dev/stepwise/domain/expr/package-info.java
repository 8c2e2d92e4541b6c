/**
 * A small implementation of expr-lang (github.com/expr-lang/expr v1.17, the engine of Argo
 * Rollouts' analysis conditions) in plain Java: {@link dev.stepwise.domain.expr.Expr#compile}
 * parses, {@link dev.stepwise.domain.expr.Program#run} evaluates against an env, and {@link
 * dev.stepwise.domain.expr.ExprAssessor} is upstream's EvaluateResult (semantics §2.1).
 *
 * <p>Values inside: Go int = Long, float64 = Double, string, bool, {@code []interface {}} = List,
 * {@code map[string]interface {}} = Map, time.Time = Instant, time.Duration = Duration, nil = null.
 * Error messages are expr's bare messages (Argo strips the source snippet).
 *
 * <p>Supported: all operators with expr's precedence ({@code ?: ?? ?. .. ** ^ | in not in matches
 * contains startsWith endsWith let}), literals, indexing/slicing, closures with {@code # #index
 * #acc .field}, the builtins listed in {@code Builtins}, {@code Predicates}, {@code
 * StringBuiltins}, {@code CollectionBuiltins}, the time methods in {@code Methods}, and Argo's
 * asInt/asFloat/isNaN/isInf/isNil/default.
 *
 * <p>Known differences from expr: no static type checker, so a type error between literals (e.g.
 * {@code 'a' + 1}) is reported with the run-time text ("invalid operation: string + int") rather
 * than the compile-time one ("mismatched types"); every list is named {@code []interface {}} in
 * messages (a Prometheus vector is {@code []float64} upstream); asInt returns int (int64 upstream);
 * regular expressions run on java.util.regex (RE2 syntax differences such as possessive quantifiers
 * are not rejected) with a work budget; date() without a layout accepts ISO forms only; no
 * toJSON/fromJSON/toBase64/fromBase64/timezone/take/bitwise builtins; method calls exist only on
 * time values.
 */
package dev.stepwise.domain.expr;
