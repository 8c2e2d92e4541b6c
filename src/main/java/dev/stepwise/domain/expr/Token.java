package dev.stepwise.domain.expr;

/** A lexical token; {@code pos} is the 0-based offset of its first character. */
record Token(Kind kind, String value, int pos) {

  /** Token kinds, named as expr-lang prints them in "unexpected token" errors. */
  enum Kind {
    IDENTIFIER("Identifier"),
    NUMBER("Number"),
    STRING("String"),
    OPERATOR("Operator"),
    BRACKET("Bracket"),
    EOF("EOF");

    final String display;

    Kind(String display) {
      this.display = display;
    }
  }

  boolean is(Kind k) {
    return kind == k;
  }

  boolean is(Kind k, String v) {
    return kind == k && value.equals(v);
  }

  /** As expr prints a token: {@code Operator(")")}, or just {@code EOF}. */
  @Override
  public String toString() {
    if (value.isEmpty()) {
      return kind.display;
    }
    return kind.display + "(" + GoFormat.quote(value) + ")";
  }
}
