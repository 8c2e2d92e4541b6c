package dev.stepwise.analysis.prometheus;

import dev.stepwise.analysis.http.Config;
import dev.stepwise.analysis.http.GoDurations;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code rangeQuery.start/end}. Upstream evaluates them as expr expressions returning a time; the
 * forms documented and used in practice are supported: {@code now()}, {@code now() ±
 * duration("5m")} and an RFC 3339 timestamp (quoted or not). Anything else is a clear error rather
 * than a guess.
 */
final class RangeTime {
  private static final Pattern OFFSET =
      Pattern.compile("now\\(\\)\\s*([-+])\\s*duration\\(\\s*[\"'`]([^\"'`]+)[\"'`]\\s*\\)");

  private RangeTime() {}

  static Instant eval(String field, String expr, Instant now) {
    if (expr == null || expr.isBlank()) {
      throw new Config.BadConfig(field + " is required");
    }
    String s = expr.trim();
    if (s.equals("now()")) {
      return now;
    }
    Matcher m = OFFSET.matcher(s);
    if (m.matches()) {
      var d = GoDurations.parse(field, m.group(2));
      return m.group(1).equals("-") ? now.minus(d) : now.plus(d);
    }
    String literal = s.replaceAll("^[\"'`]|[\"'`]$", "");
    try {
      return Instant.parse(literal);
    } catch (DateTimeParseException e) {
      throw new Config.BadConfig(
          field
              + ": expression \""
              + expr
              + "\" is not supported by Stepwise (use now(), now() - duration(\"5m\") or an"
              + " RFC 3339 time)");
    }
  }
}
