package dev.stepwise.domain.expr;

import dev.stepwise.domain.expr.Node.*;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A compiled expression. Immutable and safe to share; each run has its own state. */
public final class Program {
  private final String source;
  private final Node root;

  Program(String source, Node root) {
    this.source = source;
    this.root = root;
  }

  public String source() {
    return source;
  }

  /**
   * Runs with the system clock for {@code now()}. Domain code that must be deterministic passes a
   * clock with {@link #run(Map, Clock)}.
   */
  public Object run(Map<String, ?> env) {
    return run(env, Clock.systemUTC());
  }

  /**
   * Evaluates against {@code env}: values are the provider forms (Double, Long/Integer, String,
   * Boolean, List, Map, null, Instant, Duration) or {@link ExprFunction}s callable by name.
   *
   * @return the value in evaluator form: Long (int), Double (float64), String, Boolean, List, Map,
   *     Instant (time.Time), Duration (time.Duration) or null
   * @throws ExprException with expr's message for an unknown name or a run-time error
   */
  public Object run(Map<String, ?> env, Clock clock) {
    Map<String, Object> values = new HashMap<>();
    env.forEach((k, v) -> values.put(k, v instanceof ExprFunction ? v : Values.normalize(v)));
    check(root, values, new HashSet<>());
    try {
      return new Evaluator(values, clock).eval(root);
    } catch (ExprException e) {
      throw e;
    } catch (StackOverflowError e) {
      throw new ExprException("expression is nested too deeply");
    } catch (RuntimeException e) {
      // A bug of ours or a misbehaving env function must still end as an expression error.
      throw new ExprException(String.valueOf(e.getMessage() == null ? e : e.getMessage()));
    }
  }

  /** Runs and requires a time.Time, as Argo's EvalTime does for Prometheus rangeQuery bounds. */
  public Instant runTime(Map<String, ?> env, Clock clock) {
    Object v = run(env, clock);
    if (v instanceof Instant t) {
      return t;
    }
    throw new ExprException("expected time.Time, but got " + GoFormat.typeName(v));
  }

  /** expr's compile-time check: every name must be in the env, a builtin, or a let variable. */
  private static void check(Node n, Map<String, Object> env, Set<String> lets) {
    switch (n) {
      case Ident id -> {
        if (!lets.contains(id.name()) && !env.containsKey(id.name()) && !id.name().equals("$env")) {
          throw new ExprException("unknown name " + id.name(), id.pos());
        }
      }
      case Call c -> {
        if (!lets.contains(c.name()) && !env.containsKey(c.name()) && !Builtins.exists(c.name())) {
          throw new ExprException("unknown name " + c.name(), c.pos());
        }
        c.args().forEach(a -> check(a, env, lets));
      }
      case Let l -> {
        check(l.value(), env, lets);
        Set<String> inner = new HashSet<>(lets);
        inner.add(l.name());
        check(l.body(), env, inner);
      }
      case Unary u -> check(u.operand(), env, lets);
      case Binary b -> {
        check(b.left(), env, lets);
        check(b.right(), env, lets);
      }
      case Member m -> {
        check(m.obj(), env, lets);
        check(m.property(), env, lets);
      }
      case Slice s -> {
        check(s.obj(), env, lets);
        if (s.from() != null) {
          check(s.from(), env, lets);
        }
        if (s.to() != null) {
          check(s.to(), env, lets);
        }
      }
      case Closure c -> check(c.body(), env, lets);
      case Conditional c -> {
        check(c.cond(), env, lets);
        check(c.then(), env, lets);
        check(c.otherwise(), env, lets);
      }
      case ArrayLit a -> a.items().forEach(i -> check(i, env, lets));
      case MapLit m -> {
        m.keys().forEach(k -> check(k, env, lets));
        m.values().forEach(v -> check(v, env, lets));
      }
      case Chain c -> check(c.node(), env, lets);
      case MethodCall m -> {
        check(m.obj(), env, lets);
        m.args().forEach(a -> check(a, env, lets));
      }
      case Lit l -> {}
      case Pointer p -> {}
    }
  }
}
