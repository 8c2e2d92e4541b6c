package dev.stepwise.domain.expr;

import static dev.stepwise.domain.expr.Values.asString;

import dev.stepwise.domain.expr.Builtins.Fn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** String builtins, with Go's strings package behaviour. */
final class StringBuiltins {
  private StringBuiltins() {}

  static void register(Map<String, Fn> fns) {
    fns.put("upper", new Fn(1, 1, (a, c) -> asString(a.get(0)).toUpperCase()));
    fns.put("lower", new Fn(1, 1, (a, c) -> asString(a.get(0)).toLowerCase()));
    fns.put("trim", new Fn(1, 2, (a, c) -> trim(a, true, true)));
    fns.put("trimPrefix", new Fn(1, 2, (a, c) -> trimPrefix(a)));
    fns.put("trimSuffix", new Fn(1, 2, (a, c) -> trimSuffix(a)));
    fns.put("split", new Fn(2, 3, (a, c) -> split(a)));
    fns.put("replace", new Fn(3, 4, (a, c) -> replace(a)));
    fns.put("repeat", new Fn(2, 2, (a, c) -> repeat(a)));
    fns.put("join", new Fn(1, 2, (a, c) -> join(a)));
    fns.put(
        "indexOf", new Fn(2, 2, (a, c) -> (long) asString(a.get(0)).indexOf(asString(a.get(1)))));
    fns.put(
        "lastIndexOf",
        new Fn(2, 2, (a, c) -> (long) asString(a.get(0)).lastIndexOf(asString(a.get(1)))));
    fns.put("hasPrefix", new Fn(2, 2, (a, c) -> asString(a.get(0)).startsWith(asString(a.get(1)))));
    fns.put("hasSuffix", new Fn(2, 2, (a, c) -> asString(a.get(0)).endsWith(asString(a.get(1)))));
  }

  private static String trim(List<Object> a, boolean left, boolean right) {
    String s = asString(a.get(0));
    String cutset = a.size() > 1 ? asString(a.get(1)) : null;
    int from = 0;
    int to = s.length();
    while (left && from < to && cut(s.charAt(from), cutset)) {
      from++;
    }
    while (right && to > from && cut(s.charAt(to - 1), cutset)) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean cut(char ch, String cutset) {
    return cutset == null ? Character.isWhitespace(ch) : cutset.indexOf(ch) >= 0;
  }

  private static String trimPrefix(List<Object> a) {
    String s = asString(a.get(0));
    String p = a.size() > 1 ? asString(a.get(1)) : " ";
    return s.startsWith(p) ? s.substring(p.length()) : s;
  }

  private static String trimSuffix(List<Object> a) {
    String s = asString(a.get(0));
    String p = a.size() > 1 ? asString(a.get(1)) : " ";
    return s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
  }

  /** Go's strings.Split / SplitN. */
  private static List<Object> split(List<Object> a) {
    String s = asString(a.get(0));
    String sep = asString(a.get(1));
    long n = a.size() > 2 ? Values.toInt(a.get(2)) : -1;
    List<Object> out = new ArrayList<>();
    if (n == 0) {
      return out;
    }
    if (sep.isEmpty()) {
      s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
    } else {
      int limit = n < 0 ? -1 : (int) n;
      out.addAll(Arrays.asList(s.split(Pattern.quote(sep), limit)));
    }
    return out;
  }

  /** strings.ReplaceAll, or strings.Replace with a count n (n < 0: all). */
  private static String replace(List<Object> a) {
    String s = asString(a.get(0));
    String from = asString(a.get(1));
    String to = asString(a.get(2));
    long n = a.size() > 3 ? Values.toInt(a.get(3)) : -1;
    if (n < 0 || from.isEmpty()) {
      return s.replace(from, to);
    }
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (long k = 0; k < n; k++) {
      int hit = s.indexOf(from, at);
      if (hit < 0) {
        break;
      }
      sb.append(s, at, hit).append(to);
      at = hit + from.length();
    }
    return sb.append(s.substring(at)).toString();
  }

  private static String repeat(List<Object> a) {
    long n = Values.toInt(a.get(1));
    if (n < 0) {
      throw new ExprException(
          "invalid argument for repeat (expected positive integer, got " + n + ")");
    }
    if (n > 1_000_000) {
      throw new ExprException("memory budget exceeded");
    }
    return asString(a.get(0)).repeat((int) n);
  }

  private static String join(List<Object> a) {
    if (!(a.get(0) instanceof List<?> items)) {
      throw new ExprException(
          "invalid argument for join (type " + GoFormat.typeName(a.get(0)) + ")");
    }
    String sep = a.size() > 1 ? asString(a.get(1)) : "";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      sb.append(i > 0 ? sep : "").append(asString(items.get(i)));
    }
    return sb.toString();
  }
}
