package dev.stepwise.domain.expr;

/** Number literals: Go int (Long) unless there is a fraction or exponent (then float64). */
final class Literals {
  private Literals() {}

  static Object number(Token t) {
    String s = t.value().replace("_", "");
    try {
      String lower = s.toLowerCase();
      if (lower.startsWith("0x")) {
        return Long.parseLong(s.substring(2), 16);
      }
      if (lower.startsWith("0o")) {
        return Long.parseLong(s.substring(2), 8);
      }
      if (lower.startsWith("0b")) {
        return Long.parseLong(s.substring(2), 2);
      }
      if (s.contains(".") || lower.contains("e")) {
        return Double.parseDouble(s);
      }
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new ExprException("invalid number literal: " + t.value(), t.pos());
    }
  }
}
