package dev.stepwise.domain.expr;

import dev.stepwise.domain.expr.Node.*;
import dev.stepwise.domain.expr.Token.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Precedence-climbing parser with expr-lang's operator table (expr v1.17 parser/operator). */
final class Parser extends CompositeParser {
  private static final Map<String, Integer> UNARY = Map.of("not", 50, "!", 50, "-", 90, "+", 90);
  private static final Set<String> NEGATABLE =
      Set.of("in", "matches", "contains", "startsWith", "endsWith");

  /** expr refuses {@code a ?? b || c}: the reader cannot tell which binds first. */
  private static final Set<String> COALESCE_CONFLICT = Set.of("||", "or", "&&", "and");

  /** Nodes written inside parentheses, by identity. */
  private final Set<Node> parenthesized = Collections.newSetFromMap(new IdentityHashMap<>());

  private Parser(List<Token> tokens) {
    super(tokens);
  }

  static Node parse(String src) {
    Parser p = new Parser(Lexer.tokenize(src));
    Node n = p.expression(0);
    if (!p.cur().is(Kind.EOF)) {
      throw p.unexpected();
    }
    return n;
  }

  @Override
  protected Node expression(int precedence) {
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
      Integer prec = binaryPrecedence(name);
      if (prec == null || prec < precedence) {
        break;
      }
      if (COALESCE_CONFLICT.contains(name) && isBareCoalesce(left)) {
        throw new ExprException(
            "Operator ("
                + name
                + ") and coalesce expressions (??) cannot be mixed. Wrap either by parentheses.",
            op.pos());
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

  private boolean isBareCoalesce(Node n) {
    return n instanceof Binary b && b.op().equals("??") && !parenthesized.contains(n);
  }

  /** expr's binary operator table; null when the token is not a binary operator. */
  private static Integer binaryPrecedence(String op) {
    return switch (op) {
      case "|" -> 0;
      case "or", "||" -> 10;
      case "and", "&&" -> 15;
      case "==",
          "!=",
          "<",
          ">",
          ">=",
          "<=",
          "in",
          "matches",
          "contains",
          "startsWith",
          "endsWith" ->
          20;
      case ".." -> 25;
      case "+", "-" -> 30;
      case "*", "/", "%" -> 60;
      case "**", "^" -> 100;
      case "??" -> 500;
      default -> null;
    };
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
      parenthesized.add(inner);
      return postfix(inner);
    }
    if (t.is(Kind.OPERATOR, "#") || t.is(Kind.OPERATOR, ".")) {
      if (depth == 0) {
        throw new ExprException("cannot use pointer accessor outside closure", t.pos());
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
        if (name.is(Kind.EOF)) {
          throw new ExprException("unexpected end of expression", name.pos());
        }
        if (!(name.is(Kind.IDENTIFIER)
            || name.is(Kind.OPERATOR) && Character.isLetter(name.value().charAt(0)))) {
          throw unexpected();
        }
        next();
        if (cur().is(Kind.BRACKET, "(")) {
          next();
          List<Node> args = new ArrayList<>();
          arguments("", args);
          node = new MethodCall(node, name.value(), args, name.pos());
          continue;
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
