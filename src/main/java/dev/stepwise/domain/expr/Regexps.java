package dev.stepwise.domain.expr;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code matches} with Go's regexp behaviour where it shows: an unanchored search, RE2's error
 * texts for the common syntax errors, and a bounded amount of work. RE2 never backtracks, Java's
 * engine can, so a hostile pattern such as {@code (a+)+$} is stopped by a step budget instead of
 * hanging the caller.
 */
final class Regexps {
  private static final long STEP_BUDGET = 5_000_000;

  private Regexps() {}

  static boolean find(String s, String regex) {
    Pattern p;
    try {
      p = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new ExprException("error parsing regexp: " + goReason(e, regex));
    }
    try {
      return p.matcher(new Budgeted(s)).find();
    } catch (BudgetExceeded e) {
      throw new ExprException("regexp: match of " + GoFormat.quote(regex) + " is too expensive");
    }
  }

  /** RE2's wording (regexp/syntax ErrorCode) for the errors Java reports differently. */
  private static String goReason(PatternSyntaxException e, String regex) {
    String d = e.getDescription();
    if (d.startsWith("Unclosed group")) {
      return "missing closing ): `" + regex + "`";
    }
    if (d.startsWith("Unmatched closing ')'")) {
      return "unexpected ): `" + regex + "`";
    }
    if (d.startsWith("Unclosed character class")) {
      return "missing closing ]: `" + regex.substring(Math.max(0, regex.lastIndexOf('['))) + "`";
    }
    if (d.startsWith("Dangling meta character")) {
      int i = Math.max(0, Math.min(e.getIndex(), regex.length() - 1));
      return "missing argument to repetition operator: `" + regex.charAt(i) + "`";
    }
    return d + ": `" + regex + "`";
  }

  private static final class BudgetExceeded extends RuntimeException {
    BudgetExceeded() {
      super(null, null, false, false);
    }
  }

  /** A string view that counts character reads and gives up past the budget. */
  private static final class Budgeted implements CharSequence {
    private final String s;
    private long steps;

    Budgeted(String s) {
      this.s = s;
    }

    @Override
    public char charAt(int index) {
      if (++steps > STEP_BUDGET) {
        throw new BudgetExceeded();
      }
      return s.charAt(index);
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return s.subSequence(start, end);
    }

    @Override
    public String toString() {
      return s;
    }
  }
}
