package dev.stepwise.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A list of API faults to inject, each for the requests it matches during a time window: answer
 * 409, 500 or a timeout instead of handling them. The first active matching fault decides; with
 * none, requests are handled normally. Thread-safe.
 */
public final class FaultPlan implements RequestInterceptor {
  /**
   * One fault.
   *
   * @param name what it is, for logs and test output
   * @param matches the requests it applies to
   * @param action what to answer them
   * @param until when it stops applying
   */
  public record Fault(String name, Predicate<Request> matches, Action action, Instant until) {}

  private final Clock clock;
  private final List<Fault> faults = new CopyOnWriteArrayList<>();
  private final List<String> hits = new CopyOnWriteArrayList<>();

  public FaultPlan(Clock clock) {
    this.clock = clock;
  }

  /** Applies {@code action} to the requests {@code matches} selects for the next {@code period}. */
  public FaultPlan inject(String name, Predicate<Request> matches, Action action, Duration period) {
    faults.add(new Fault(name, matches, action, clock.instant().plus(period)));
    return this;
  }

  /** Removes every fault. */
  public void clear() {
    faults.clear();
  }

  /** "fault name: METHOD path" of every request a fault answered, oldest first. */
  public List<String> hits() {
    return List.copyOf(hits);
  }

  @Override
  public Action intercept(Request request) {
    Instant now = clock.instant();
    for (Fault fault : faults) {
      if (now.isBefore(fault.until()) && fault.matches().test(request)) {
        hits.add(fault.name() + ": " + request.method() + " " + request.path());
        return fault.action();
      }
    }
    return Action.PASS;
  }

  /** A refusal with a Kubernetes Status body, answered at once. */
  public static Action refuse(int code, String reason) {
    return new Action.Refuse(code, reason, "injected by the sandbox's fault plan", Duration.ZERO);
  }

  /** A request that hangs for {@code delay} and then times out, unhandled (504). */
  public static Action timeout(Duration delay) {
    return new Action.Refuse(
        504, "Timeout", "injected timeout: the request was not handled", delay);
  }
}
