package dev.stepwise.domain.expr;

import dev.stepwise.domain.expr.Node.*;
import dev.stepwise.domain.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Precedence-climbing parser with expr-lang's operator table (expr v1.17 parser/operator). */
final class Parser {
  private static final Map<String, Integer> BINARY =
      Map.ofEntries(
          Map.entry("|", 0),
          Map.entry("or", 10),
          Map.entry("||", 10),
          Map.entry("and", 15),
          Map.entry("&&", 15),
          Map.entry("==", 20),
          Map.entry("!=", 20),
          Map.entry("<", 20),
          Map.entry(">", 20),
          Map.entry(">=", 20),
          Map.entry("<=", 20),
          Map.entry("in", 20),
          Map.entry("matches", 20),
          Map.entry("contains", 20),
          Map.entry("startsWith", 20),
          Map.entry("endsWith", 20),
          Map.entry("..", 25),
          Map.entry("+", 30),
          Map.entry("-", 30),
          Map.entry("*", 60),
          Map.entry("/", 60),
          Map.entry("%", 60),
          Map.entry("**", 100),
          Map.entry("^", 100),
          Map.entry("??", 500));
  private static final Map<String, Integer> UNARY = Map.of("not", 50, "!", 50, "-", 90, "+", 90);
  private static final Set<String> NEGATABLE =
      Set.of("in", "matches", "contains", "startsWith", "endsWith");

  private final List<Token> tokens;
  private int at;
  private int depth; // > 0 inside a closure, where # is allowed

  private Parser(List<Token> tokens) {
    this.tokens = tokens;
  }

  static Node parse(String src) {
    Parser p = new Parser(Lexer.tokenize(src));
    Node n = p.expression(0);
    if (!p.cur().is(Kind.EOF)) {
      throw p.unexpected();
    }
    return n;
  }

  private Token cur() {
    return tokens.get(at);
  }

  private Token peek() {
    return tokens.get(Math.min(at + 1, tokens.size() - 1));
  }

  private Token next() {
    return tokens.get(at++);
  }

  private ExprException unexpected() {
    return new ExprException("unexpected token " + cur(), cur().pos());
  }

  private void expect(Kind k, String v) {
    if (!cur().is(k, v)) {
      throw unexpected();
    }
    at++;
  }

  private Node expression(int precedence) {
    if (precedence == 0 && cur().is(Kind.OPERATOR, "let")) {
      return let();
    }
    Node left = primary();
    while (cur().is(Kind.OPERATOR)) {
      Token op = cur();
      boolean negate = false;
      String name = op.value();
      if (name.equals("not") && peek().is(Kind.OPERATOR) && NEGATABLE.contains(peek().value())) {
        negate = true;
        name = peek().value();
      }
      Integer prec = BINARY.get(name);
      if (prec == null || prec < precedence) {
        break;
      }
      at += negate ? 2 : 1;
      if (name.equals("|")) {
        left = pipe(left);
        continue;
      }
      boolean right = name.equals("**") || name.equals("^");
      Node rhs = expression(right ? prec : prec + 1);
      left = new Binary(name, left, rhs, op.pos());
      if (negate) {
        left = new Unary("not", left, op.pos());
      }
    }
    return precedence == 0 ? conditional(left) : left;
  }

  private Node let() {
    next();
    Token name = next();
    if (!name.is(Kind.IDENTIFIER)) {
      at--;
      throw unexpected();
    }
    expect(Kind.OPERATOR, "=");
    Node value = expression(0);
    expect(Kind.OPERATOR, ";");
    return new Let(name.value(), value, expression(0));
  }

  private Node conditional(Node node) {
    while (cur().is(Kind.OPERATOR, "?")) {
      int pos = next().pos();
      Node then;
      Node otherwise;
      if (cur().is(Kind.OPERATOR, ":")) {
        next();
        then = node;
        otherwise = expression(0);
      } else {
        then = expression(0);
        expect(Kind.OPERATOR, ":");
        otherwise = expression(0);
      }
      node = new Conditional(node, then, otherwise, pos);
    }
    return node;
  }

  private Node pipe(Node left) {
    Token name = cur();
    if (!name.is(Kind.IDENTIFIER)) {
      throw unexpected();
    }
    next();
    List<Node> args = new ArrayList<>();
    args.add(left);
    if (cur().is(Kind.BRACKET, "(")) {
      next();
      arguments(name.value(), args);
    }
    return new Call(name.value(), args, name.pos());
  }

  private Node primary() {
    Token t = cur();
    if (t.is(Kind.OPERATOR) && UNARY.containsKey(t.value())) {
      next();
      Node operand = expression(UNARY.get(t.value()));
      return postfix(new Unary(t.value(), operand, t.pos()));
    }
    if (t.is(Kind.BRACKET, "(")) {
      next();
      Node inner = expression(0);
      expect(Kind.BRACKET, ")");
      return postfix(inner);
    }
    if (t.is(Kind.OPERATOR, "#") || t.is(Kind.OPERATOR, ".")) {
      if (depth == 0) {
        throw new ExprException("cannot use pointer accessor outside predicate", t.pos());
      }
      String name = "";
      if (t.is(Kind.OPERATOR, "#")) {
        next();
        if (cur().is(Kind.IDENTIFIER)) {
          name = next().value();
        }
      }
      return postfix(new Pointer(name, t.pos()));
    }
    return postfix(secondary());
  }

  private Node secondary() {
    Token t = next();
    switch (t.kind()) {
      case IDENTIFIER -> {
        switch (t.value()) {
          case "true" -> {
            return new Lit(Boolean.TRUE);
          }
          case "false" -> {
            return new Lit(Boolean.FALSE);
          }
          case "nil" -> {
            return new Lit(null);
          }
          default -> {
            if (cur().is(Kind.BRACKET, "(")) {
              next();
              List<Node> args = new ArrayList<>();
              arguments(t.value(), args);
              return new Call(t.value(), args, t.pos());
            }
            return new Ident(t.value(), t.pos());
          }
        }
      }
      case NUMBER -> {
        return new Lit(Literals.number(t));
      }
      case STRING -> {
        return new Lit(t.value());
      }
      case BRACKET -> {
        if (t.value().equals("[")) {
          return array();
        }
        if (t.value().equals("{")) {
          return map();
        }
      }
      default -> {}
    }
    at--;
    throw unexpected();
  }

  /** Parses call arguments after "(" up to and including ")"; predicates become closures. */
  private void arguments(String fn, List<Node> args) {
    boolean predicate = Builtins.takesPredicate(fn);
    int start = args.size(); // a pipe has already put its left side first
    while (!cur().is(Kind.BRACKET, ")")) {
      if (args.size() > start) {
        expect(Kind.OPERATOR, ",");
        if (cur().is(Kind.BRACKET, ")")) {
          break;
        }
      }
      args.add(predicate && args.size() == 1 ? closure() : expression(0));
    }
    next();
  }

  private Node closure() {
    boolean braces = cur().is(Kind.BRACKET, "{");
    if (braces) {
      next();
    }
    depth++;
    Node body = expression(0);
    depth--;
    if (braces) {
      expect(Kind.BRACKET, "}");
    }
    return new Closure(body);
  }

  private Node array() {
    List<Node> items = new ArrayList<>();
    while (!cur().is(Kind.BRACKET, "]")) {
      if (!items.isEmpty()) {
        expect(Kind.OPERATOR, ",");
        if (cur().is(Kind.BRACKET, "]")) {
          break;
        }
      }
      items.add(expression(0));
    }
    next();
    return new ArrayLit(items);
  }

  private Node map() {
    List<Node> keys = new ArrayList<>();
    List<Node> values = new ArrayList<>();
    while (!cur().is(Kind.BRACKET, "}")) {
      if (!keys.isEmpty()) {
        expect(Kind.OPERATOR, ",");
        if (cur().is(Kind.BRACKET, "}")) {
          break;
        }
      }
      Token k = cur();
      if (k.is(Kind.IDENTIFIER) || k.is(Kind.STRING)) {
        next();
        keys.add(new Lit(k.value()));
      } else if (k.is(Kind.NUMBER)) {
        next();
        keys.add(new Lit(Literals.number(k)));
      } else if (k.is(Kind.BRACKET, "(")) {
        keys.add(expression(0));
      } else {
        throw new ExprException(
            "a map key must be a quoted string, a number, a identifier, or an expression enclosed"
                + " in parentheses (unexpected token "
                + k
                + ")",
            k.pos());
      }
      expect(Kind.OPERATOR, ":");
      values.add(expression(0));
    }
    next();
    return new MapLit(keys, values);
  }

  private Node postfix(Node node) {
    boolean optional = false;
    while (true) {
      Token t = cur();
      if (t.is(Kind.OPERATOR, ".") || t.is(Kind.OPERATOR, "?.")) {
        next();
        boolean opt = t.value().equals("?.");
        optional |= opt;
        if (opt && cur().is(Kind.BRACKET, "[")) {
          node = index(node, true);
          continue;
        }
        Token name = cur();
        if (!(name.is(Kind.IDENTIFIER)
            || name.is(Kind.OPERATOR) && Character.isLetter(name.value().charAt(0)))) {
          throw unexpected();
        }
        next();
        if (cur().is(Kind.BRACKET, "(")) {
          throw new ExprException("method calls are not supported: " + name.value(), name.pos());
        }
        node = new Member(node, new Lit(name.value()), opt, t.pos());
      } else if (t.is(Kind.BRACKET, "[")) {
        node = index(node, false);
      } else {
        break;
      }
    }
    return optional ? new Chain(node) : node;
  }

  private Node index(Node node, boolean optional) {
    Token open = next();
    Node from = null;
    if (!cur().is(Kind.OPERATOR, ":")) {
      from = expression(0);
    }
    if (cur().is(Kind.OPERATOR, ":")) {
      next();
      Node to = cur().is(Kind.BRACKET, "]") ? null : expression(0);
      expect(Kind.BRACKET, "]");
      return new Slice(node, from, to, open.pos());
    }
    expect(Kind.BRACKET, "]");
    return new Member(node, from, optional, open.pos());
  }
}
