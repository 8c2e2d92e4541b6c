package dev.stepwise.cli;

import dev.stepwise.domain.Cause;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Describes a journal event that {@code history} has no sentence for yet (events are added as the
 * controller learns new things): its name in words and its fields, read from the record, so a new
 * event type shows up in the timeline instead of breaking it.
 */
final class GenericMoment {
  private GenericMoment() {}

  /** "progressDeadlineExceeded" for ProgressDeadlineExceeded. */
  static String type(Record event) {
    String name = event.getClass().getSimpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** "progress deadline exceeded (by the controller): replicaSet=web-abc, message=…". */
  static String text(Record event) {
    String words = event.getClass().getSimpleName().replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
    StringBuilder text = new StringBuilder(words.toLowerCase());
    StringJoiner fields = new StringJoiner(", ");
    for (Map.Entry<String, Object> e : values(event).entrySet()) {
      if (e.getValue() instanceof Cause cause) {
        text.append(" (by ").append(History.who(cause)).append(')');
      } else if (e.getValue() != null) {
        fields.add(e.getKey() + "=" + display(e.getValue()));
      }
    }
    return fields.length() == 0 ? text.toString() : text + ": " + fields;
  }

  /** The fields for {@code --output json} (causes as kind and actor, instants as text). */
  static Map<String, Object> details(Record event) {
    Map<String, Object> details = new LinkedHashMap<>();
    values(event)
        .forEach(
            (name, value) -> {
              if (value instanceof Cause cause) {
                details.put("cause", cause.kind().name());
                details.put("actor", cause.actor());
              } else {
                details.put(name, display(value));
              }
            });
    return details;
  }

  private static Object display(Object value) {
    return value instanceof Instant at ? History.time(at) : value;
  }

  /** Component values in declaration order, without {@code at} (the moment's own time). */
  private static Map<String, Object> values(Record event) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (RecordComponent c : event.getClass().getRecordComponents()) {
      if (c.getName().equals("at")) {
        continue;
      }
      try {
        values.put(c.getName(), c.getAccessor().invoke(event));
      } catch (ReflectiveOperationException e) {
        values.put(c.getName(), "?");
      }
    }
    return values;
  }
}
