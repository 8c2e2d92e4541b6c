package dev.stepwise.domain.expr;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;

/**
 * expr's {@code date(s[, layout[, tz]])}. Without a layout the same ISO forms expr tries are
 * accepted; a Go layout is translated for its common elements (2006 01 02 15 04 05 Jan Mon MST
 * -0700 Z07:00).
 */
final class Dates {
  private Dates() {}

  static Instant parse(List<Object> a) {
    String s = Values.asString(a.get(0));
    ZoneId zone = a.size() > 2 ? zone(Values.asString(a.get(2))) : ZoneOffset.UTC;
    try {
      if (a.size() > 1) {
        return withLayout(s, Values.asString(a.get(1)), zone);
      }
      return withoutLayout(s, zone);
    } catch (DateTimeParseException | IllegalArgumentException e) {
      if (a.size() == 1) {
        throw new ExprException("invalid date " + s);
      }
      throw new ExprException(
          "parsing time "
              + GoFormat.quote(s)
              + " as "
              + GoFormat.quote(Values.asString(a.get(1)))
              + ": "
              + e.getMessage());
    }
  }

  private static ZoneId zone(String tz) {
    try {
      return ZoneId.of(tz);
    } catch (RuntimeException e) {
      throw new ExprException("unknown time zone " + tz);
    }
  }

  private static Instant withoutLayout(String s, ZoneId zone) {
    if (s.length() == 10) {
      return LocalDate.parse(s).atStartOfDay(zone).toInstant();
    }
    String iso = s.replace(' ', 'T');
    try {
      return OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(iso).atZone(zone).toInstant();
    }
  }

  private static final String[][] TOKENS = {
    {"January", "MMMM"},
    {"Monday", "EEEE"},
    {"Z07:00", "XXX"},
    {"-07:00", "xxx"},
    {"-0700", "xx"},
    {"2006", "yyyy"},
    {"Jan", "MMM"},
    {"Mon", "EEE"},
    {"MST", "z"},
    {"01", "MM"},
    {"02", "dd"},
    {"15", "HH"},
    {"04", "mm"},
    {"05", "ss"},
    {"06", "yy"},
    {".000", ".SSS"},
    {"PM", "a"},
    {"03", "hh"}
  };

  /** Translates a Go reference layout into a java.time pattern; other letters are quoted. */
  static String pattern(String layout) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    outer:
    while (i < layout.length()) {
      for (String[] t : TOKENS) {
        if (layout.startsWith(t[0], i)) {
          out.append(t[1]);
          i += t[0].length();
          continue outer;
        }
      }
      char c = layout.charAt(i++);
      out.append(Character.isLetter(c) || c == '\'' ? "'" + (c == '\'' ? "''" : c) + "'" : c);
    }
    return out.toString();
  }

  private static Instant withLayout(String s, String layout, ZoneId zone) {
    DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern(layout)).withZone(zone);
    return f.parse(
        s,
        t -> {
          if (t.isSupported(ChronoField.HOUR_OF_DAY)) {
            return Instant.from(t);
          }
          return LocalDate.from(t).atStartOfDay(zone).toInstant();
        });
  }
}
