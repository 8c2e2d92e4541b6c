package dev.stepwise.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stops a node from acting after it was frozen (SIGSTOP, a VM or container pause, a stop-the-world
 * pause). While it was frozen the others may have downed it and moved its rollouts away, and until
 * its cluster membership catches up it cannot know: Pekko gives no fencing between an entity's old
 * and new home. A ticker notes the time every {@link #TICK}; a gap longer than {@code threshold}
 * means the process was frozen, and the node then holds every write for {@code hold}, longer than
 * it takes to learn that it was downed (and shut down) from the first gossip it receives.
 */
final class FreezeFence implements AutoCloseable {
  private static final Duration TICK = Duration.ofMillis(100);

  private final long thresholdNanos;
  private final long holdNanos;
  private final ScheduledExecutorService ticker;
  private volatile long lastTick = System.nanoTime();
  // nanoTime values are compared by difference only (they may be negative and wrap)
  private volatile long holdUntil = System.nanoTime();

  FreezeFence(Duration threshold, Duration hold) {
    this.thresholdNanos = threshold.toNanos();
    this.holdNanos = hold.toNanos();
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "stepwise-freeze-fence");
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleAtFixedRate(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void tick() {
    long now = System.nanoTime();
    if (now - lastTick > thresholdNanos) {
      holdUntil = now + holdNanos;
      org.slf4j.LoggerFactory.getLogger(FreezeFence.class)
          .warn(
              "the process was frozen for {} ms: holding all writes for {} ms until cluster"
                  + " membership is current",
              (now - lastTick) / 1_000_000,
              holdNanos / 1_000_000);
    }
    lastTick = now;
  }

  /**
   * True when the node must not act now: it was frozen recently, or the ticker itself has not run
   * for longer than the threshold (the freeze just ended and the ticker has not noticed yet).
   */
  boolean holding() {
    long now = System.nanoTime();
    return now - lastTick > thresholdNanos || now - holdUntil < 0;
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }
}
