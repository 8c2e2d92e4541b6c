package dev.stepwise.bench;

import java.util.Arrays;

/** A thread-safe sample of durations (nanoseconds) with percentiles; grows as needed. */
final class Latencies {
  private long[] values = new long[1024];
  private int size;

  synchronized void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  synchronized int count() {
    return size;
  }

  /** The q-quantile (0..1) in milliseconds by the nearest-rank method, or NaN when empty. */
  synchronized double millis(double q) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
  }

  /** "p50 / p99 / max ms (n samples)", as the report prints it. */
  String summary() {
    return "%.0f / %.0f / %.0f ms (%d samples)"
        .formatted(millis(0.5), millis(0.99), millis(1.0), count());
  }
}
