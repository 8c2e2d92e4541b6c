package dev.stepwise.domain.expr;

import dev.stepwise.domain.expr.Node.*;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Walks the tree with expr's runtime semantics. One instance per run; not thread-safe. */
final class Evaluator {

  /** The element a closure is looking at ({@code #}), its {@code #index} and {@code #acc}. */
  record Scope(Object item, long index, Object acc) {}

  /** Thrown by {@code ?.} on nil and caught by the enclosing {@link Chain}. */
  private static final class NilChain extends RuntimeException {
    NilChain() {
      super(null, null, false, false);
    }
  }

  private static final NilChain NIL_CHAIN = new NilChain();

  private final Map<String, Object> env;
  private final Clock clock;
  private final Deque<Scope> scopes = new ArrayDeque<>();
  private final Map<String, Object> lets = new HashMap<>();

  Evaluator(Map<String, Object> env, Clock clock) {
    this.env = env;
    this.clock = clock;
  }

  Clock clock() {
    return clock;
  }

  Object eval(Node node) {
    return switch (node) {
      case Lit l -> l.value();
      case Ident id -> variable(id);
      case Pointer p -> pointer(p);
      case Unary u -> unary(u);
      case Binary b -> BinaryEval.eval(this, b);
      case Member m -> member(m);
      case Slice s ->
          Slices.slice(
              eval(s.obj()),
              s.from() == null ? null : eval(s.from()),
              s.to() == null ? null : eval(s.to()));
      case Call c -> call(c);
      case Closure c ->
          throw new ExprException("a predicate is only allowed as a builtin argument");
      case Conditional c -> Values.asBool(eval(c.cond())) ? eval(c.then()) : eval(c.otherwise());
      case ArrayLit a -> {
        List<Object> out = new ArrayList<>(a.items().size());
        for (Node n : a.items()) {
          out.add(eval(n));
        }
        yield out;
      }
      case MapLit m -> {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < m.keys().size(); i++) {
          out.put(GoFormat.value(eval(m.keys().get(i))), eval(m.values().get(i)));
        }
        yield out;
      }
      case MethodCall m -> {
        Object obj = eval(m.obj());
        List<Object> args = new ArrayList<>(m.args().size());
        for (Node n : m.args()) {
          args.add(eval(n));
        }
        yield Methods.call(obj, m.name(), args);
      }
      case Chain c -> {
        try {
          yield eval(c.node());
        } catch (NilChain e) {
          yield null;
        }
      }
      case Let l -> {
        boolean shadows = lets.containsKey(l.name());
        Object previous = lets.put(l.name(), eval(l.value()));
        try {
          yield eval(l.body());
        } finally {
          if (shadows) {
            lets.put(l.name(), previous);
          } else {
            lets.remove(l.name());
          }
        }
      }
    };
  }

  /** Runs a closure body with {@code #} bound to {@code item}. */
  Object closure(Closure c, Object item, long index, Object acc) {
    scopes.push(new Scope(item, index, acc));
    try {
      return eval(c.body());
    } finally {
      scopes.pop();
    }
  }

  private Object variable(Ident id) {
    String name = id.name();
    if (lets.containsKey(name)) {
      return lets.get(name);
    }
    if (name.equals("$env")) {
      return env;
    }
    if (env.containsKey(name)) {
      return env.get(name);
    }
    throw new ExprException("unknown name " + name, id.pos());
  }

  private Object pointer(Pointer p) {
    Scope s = scopes.peek();
    return switch (p.name()) {
      case "" -> s.item();
      case "index" -> s.index();
      case "acc" -> s.acc();
      default -> throw new ExprException("unknown pointer #" + p.name(), p.pos());
    };
  }

  private Object unary(Unary u) {
    Object v = eval(u.operand());
    return switch (u.op()) {
      case "not", "!" -> !Values.asBool(v);
      case "-" -> Ops.negate(v);
      default -> {
        if (Values.isNumber(v)) {
          yield v;
        }
        throw new ExprException("invalid operation: + " + GoFormat.typeName(v), u.pos());
      }
    };
  }

  private Object member(Member m) {
    Object obj = eval(m.obj());
    if (obj == null && m.optional()) {
      throw NIL_CHAIN;
    }
    return Slices.fetch(obj, eval(m.property()));
  }

  private Object call(Call c) {
    Object fn = lets.containsKey(c.name()) ? lets.get(c.name()) : env.get(c.name());
    if (fn instanceof ExprFunction f) {
      List<Object> args = new ArrayList<>(c.args().size());
      for (Node n : c.args()) {
        args.add(eval(n));
      }
      return Values.normalize(f.call(args));
    }
    if (Builtins.takesPredicate(c.name())) {
      return Predicates.call(this, c);
    }
    if (Builtins.exists(c.name())) {
      List<Object> args = new ArrayList<>(c.args().size());
      for (Node n : c.args()) {
        args.add(eval(n));
      }
      return Builtins.call(c.name(), args, clock);
    }
    throw new ExprException("unknown name " + c.name(), c.pos());
  }
}
