package dev.stepwise.domain.expr;

/** Go-style escape sequences in quoted strings. */
final class Escapes {
  private Escapes() {}

  /**
   * Decodes the escape whose backslash was just consumed; {@code i} points after the backslash.
   *
   * @return the index after the escape
   */
  static int unescape(String src, int i, StringBuilder sb) {
    if (i >= src.length()) {
      throw new ExprException("literal not terminated", i);
    }
    char c = src.charAt(i++);
    switch (c) {
      case 'a' -> sb.append('\u0007');
      case 'b' -> sb.append('\b');
      case 'f' -> sb.append('\f');
      case 'n' -> sb.append('\n');
      case 'r' -> sb.append('\r');
      case 't' -> sb.append('\t');
      case 'v' -> sb.append('\u000b');
      case '\\', '\'', '"', '`' -> sb.append(c);
      case 'x' -> {
        return hex(src, i, 2, sb);
      }
      case 'u' -> {
        return hex(src, i, 4, sb);
      }
      case 'U' -> {
        return hex(src, i, 8, sb);
      }
      default -> {
        if (c >= '0' && c <= '7' && i + 1 < src.length()) {
          sb.append((char) Integer.parseInt(src.substring(i - 1, i + 2), 8));
          return i + 2;
        }
        throw new ExprException("invalid char escape", i - 2);
      }
    }
    return i;
  }

  private static int hex(String src, int i, int n, StringBuilder sb) {
    if (i + n > src.length()) {
      throw new ExprException("invalid char escape", i - 2);
    }
    try {
      sb.appendCodePoint(Integer.parseInt(src.substring(i, i + n), 16));
    } catch (IllegalArgumentException e) {
      throw new ExprException("invalid char escape", i - 2);
    }
    return i + n;
  }
}
