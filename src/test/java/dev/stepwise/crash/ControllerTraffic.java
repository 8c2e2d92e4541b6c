package dev.stepwise.crash;

import dev.stepwise.sandbox.FaultPlan;
import dev.stepwise.sandbox.RequestInterceptor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sees every request of the controller (it authenticates with its own token), numbers the writes
 * that concern the rollout under test, and at the armed write kills the controller: either the
 * write is lost in flight (never stored), or it is stored and its answer never read. Other requests
 * go through the {@link FaultPlan}.
 */
final class ControllerTraffic implements RequestInterceptor {
  static final String TOKEN = "stepwise-crash-controller";

  /** Longer than the test waits: the answer is never read, the controller is dead by then. */
  private static final Duration NEVER = Duration.ofSeconds(90);

  /** Where to kill: at the {@code write}-th write (1-based), losing it or storing it. */
  record KillAt(int write, boolean stored) {
    @Override
    public String toString() {
      return "write " + write + (stored ? " (stored, answer lost)" : " (lost in flight)");
    }
  }

  private final FaultPlan faults = new FaultPlan(Clock.systemUTC());
  private final AtomicReference<String> rollout = new AtomicReference<>("");
  private final AtomicReference<KillAt> armed = new AtomicReference<>();
  private final AtomicReference<Runnable> onKill = new AtomicReference<>(() -> {});
  private final AtomicInteger writes = new AtomicInteger();
  private final List<String> log = new CopyOnWriteArrayList<>();

  /** Starts counting the writes about {@code name} (a kill stays armed); clears the faults. */
  void follow(String name) {
    rollout.set(name);
    writes.set(0);
    log.clear();
    faults.clear();
  }

  /** At the given write, answers so that the controller never learns the outcome, and runs kill. */
  void arm(KillAt at, Runnable kill) {
    onKill.set(kill);
    armed.set(at);
  }

  /** Removes a kill that was armed but not reached. */
  void disarm() {
    armed.set(null);
  }

  FaultPlan faults() {
    return faults;
  }

  /** "METHOD path" of every write about the rollout, in order; the kill point is marked. */
  List<String> writes() {
    return List.copyOf(log);
  }

  /** True for the controller's requests about the rollout under test. */
  boolean concernsRollout(Request request) {
    String name = rollout.get();
    return !name.isEmpty()
        && ("Bearer " + TOKEN).equals(request.header("Authorization"))
        && (request.path().contains("/" + name) || request.body().contains("\"" + name));
  }

  @Override
  public Action intercept(Request request) {
    if (!concernsRollout(request)) {
      return Action.PASS;
    }
    if (request.isWrite()) {
      int n = writes.incrementAndGet();
      KillAt at = armed.get();
      if (at != null && at.write() == n && armed.compareAndSet(at, null)) {
        log.add(request.method() + " " + request.path() + "  <-- killed here, " + at);
        Thread.ofPlatform().name("crash-kill").start(onKill.get());
        return at.stored()
            ? new Action.Handle(NEVER)
            : new Action.Refuse(503, "ServiceUnavailable", "lost in flight", NEVER);
      }
      log.add(request.method() + " " + request.path());
    }
    return faults.intercept(request);
  }
}
