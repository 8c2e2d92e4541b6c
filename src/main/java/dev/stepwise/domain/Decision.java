package dev.stepwise.domain;

import java.util.List;

/** The events a command leads to; empty when nothing changes. */
public record Decision(List<RolloutEvent> events) {
  public static final Decision NONE = new Decision(List.of());

  public static Decision of(List<RolloutEvent> events) {
    return events.isEmpty() ? NONE : new Decision(List.copyOf(events));
  }
}
