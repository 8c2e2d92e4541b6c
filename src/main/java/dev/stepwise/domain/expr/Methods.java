package dev.stepwise.domain.expr;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The Go methods expressions call on time values ({@code now().Hour()}, {@code d.Minutes()}). Times
 * are in UTC, the zone of the controller's clock in a pod.
 */
final class Methods {
  private Methods() {}

  static Object call(Object obj, String name, List<Object> args) {
    if (obj instanceof Instant t) {
      return time(t, name, args);
    }
    if (obj instanceof Duration d) {
      return duration(d, name, args);
    }
    throw missing(obj, name);
  }

  private static Object time(Instant t, String name, List<Object> args) {
    ZonedDateTime z = t.atZone(ZoneOffset.UTC);
    return switch (name) {
      case "Year" -> arity(args, 0, (long) z.getYear());
      case "Month" -> arity(args, 0, (long) z.getMonthValue());
      case "Day" -> arity(args, 0, (long) z.getDayOfMonth());
      case "Hour" -> arity(args, 0, (long) z.getHour());
      case "Minute" -> arity(args, 0, (long) z.getMinute());
      case "Second" -> arity(args, 0, (long) z.getSecond());
      case "YearDay" -> arity(args, 0, (long) z.getDayOfYear());
      case "Unix" -> arity(args, 0, t.getEpochSecond());
      case "UnixMilli" -> arity(args, 0, t.toEpochMilli());
      case "UTC", "Local" -> arity(args, 0, t);
      case "Sub" -> Duration.between(instant(args), t);
      case "Add" -> t.plus(duration(args));
      case "After" -> t.isAfter(instant(args));
      case "Before" -> t.isBefore(instant(args));
      case "Equal" -> t.equals(instant(args));
      case "Format" ->
          DateTimeFormatter.ofPattern(Dates.pattern(Values.asString(one(args))))
              .withZone(ZoneOffset.UTC)
              .format(t);
      default -> throw missing(t, name);
    };
  }

  private static Object duration(Duration d, String name, List<Object> args) {
    return switch (name) {
      case "Hours" -> arity(args, 0, d.toNanos() / 3.6e12);
      case "Minutes" -> arity(args, 0, d.toNanos() / 6e10);
      case "Seconds" -> arity(args, 0, d.toNanos() / 1e9);
      case "Milliseconds" -> arity(args, 0, d.toMillis());
      case "Nanoseconds" -> arity(args, 0, d.toNanos());
      case "String" -> arity(args, 0, Durations.format(d));
      default -> throw missing(d, name);
    };
  }

  private static Object arity(List<Object> args, int n, Object value) {
    if (args.size() != n) {
      throw new ExprException("too many arguments to call method");
    }
    return value;
  }

  private static Object one(List<Object> args) {
    if (args.size() != 1) {
      throw new ExprException("invalid number of arguments (expected 1, got " + args.size() + ")");
    }
    return args.get(0);
  }

  private static Instant instant(List<Object> args) {
    if (one(args) instanceof Instant t) {
      return t;
    }
    throw Values.conversion(args.get(0), "time.Time");
  }

  private static Duration duration(List<Object> args) {
    if (one(args) instanceof Duration d) {
      return d;
    }
    throw Values.conversion(args.get(0), "time.Duration");
  }

  private static ExprException missing(Object obj, String name) {
    return new ExprException("cannot fetch " + name + " from " + GoFormat.typeName(obj));
  }
}
