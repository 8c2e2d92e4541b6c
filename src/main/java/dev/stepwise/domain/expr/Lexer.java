package dev.stepwise.domain.expr;

import dev.stepwise.domain.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits an expr-lang source into tokens (expr's lexer: word operators are operators). */
final class Lexer {
  private static final Set<String> WORD_OPERATORS =
      Set.of("and", "or", "not", "in", "matches", "contains", "startsWith", "endsWith", "let");
  private static final List<String> MULTI =
      List.of("?.", "??", "..", "**", "==", "!=", "<=", ">=", "&&", "||");
  private static final String SINGLE = "+-*/%^<>!?:.,|#=;";

  private final String src;
  private final List<Token> out = new ArrayList<>();
  private int i;

  private Lexer(String src) {
    this.src = src;
  }

  static List<Token> tokenize(String src) {
    Lexer l = new Lexer(src);
    l.run();
    return l.out;
  }

  private void run() {
    while (i < src.length()) {
      char c = src.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isDigit(c) || (c == '.' && nextIsDigit() && !afterOperand())) {
        number();
      } else if (c == '\'' || c == '"') {
        string(c);
      } else if (c == '`') {
        raw();
      } else if (Character.isLetter(c) || c == '_' || c == '$') {
        word();
      } else if ("()[]{}".indexOf(c) >= 0) {
        out.add(new Token(Kind.BRACKET, String.valueOf(c), i++));
      } else {
        operator(c);
      }
    }
    out.add(new Token(Kind.EOF, "", src.length()));
  }

  private boolean nextIsDigit() {
    return i + 1 < src.length() && Character.isDigit(src.charAt(i + 1));
  }

  /** After an identifier or closing bracket a dot is member access, never a number. */
  private boolean afterOperand() {
    if (out.isEmpty()) {
      return false;
    }
    Token t = out.get(out.size() - 1);
    return t.is(Kind.IDENTIFIER) || t.is(Kind.BRACKET, ")") || t.is(Kind.BRACKET, "]");
  }

  private void number() {
    int start = i;
    if (src.startsWith("0x", i)
        || src.startsWith("0X", i)
        || src.startsWith("0o", i)
        || src.startsWith("0b", i)) {
      i += 2;
      while (i < src.length()
          && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
        i++;
      }
      out.add(new Token(Kind.NUMBER, src.substring(start, i), start));
      return;
    }
    digits();
    // "1..5" is a range: the dot belongs to the operator, not to the number.
    if (i < src.length() && src.charAt(i) == '.' && !src.startsWith("..", i)) {
      i++;
      digits();
    }
    if (i < src.length() && (src.charAt(i) == 'e' || src.charAt(i) == 'E')) {
      i++;
      if (i < src.length() && (src.charAt(i) == '+' || src.charAt(i) == '-')) {
        i++;
      }
      digits();
    }
    if (i < src.length() && Character.isLetter(src.charAt(i))) {
      throw new ExprException("bad number syntax: \"" + src.substring(start, i + 1) + "\"", start);
    }
    out.add(new Token(Kind.NUMBER, src.substring(start, i), start));
  }

  private void digits() {
    while (i < src.length() && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '_')) {
      i++;
    }
  }

  private void string(char quote) {
    int start = i++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (i >= src.length() || src.charAt(i) == '\n') {
        throw new ExprException("literal not terminated", start);
      }
      char c = src.charAt(i++);
      if (c == quote) {
        break;
      }
      if (c == '\\') {
        i = Escapes.unescape(src, i, sb);
      } else {
        sb.append(c);
      }
    }
    out.add(new Token(Kind.STRING, sb.toString(), start));
  }

  private void raw() {
    int start = i++;
    int end = src.indexOf('`', i);
    if (end < 0) {
      throw new ExprException("literal not terminated", start);
    }
    out.add(new Token(Kind.STRING, src.substring(i, end), start));
    i = end + 1;
  }

  private void word() {
    int start = i;
    while (i < src.length()
        && (Character.isLetterOrDigit(src.charAt(i))
            || src.charAt(i) == '_'
            || src.charAt(i) == '$')) {
      i++;
    }
    String w = src.substring(start, i);
    out.add(new Token(WORD_OPERATORS.contains(w) ? Kind.OPERATOR : Kind.IDENTIFIER, w, start));
  }

  private void operator(char c) {
    for (String m : MULTI) {
      if (src.startsWith(m, i)) {
        out.add(new Token(Kind.OPERATOR, m, i));
        i += m.length();
        return;
      }
    }
    if (SINGLE.indexOf(c) < 0) {
      throw new ExprException(String.format("unrecognized character: U+%04X '%c'", (int) c, c), i);
    }
    out.add(new Token(Kind.OPERATOR, String.valueOf(c), i++));
  }
}
