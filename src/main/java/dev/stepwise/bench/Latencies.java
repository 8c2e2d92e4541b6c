package dev.stepwise.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** A thread-safe sample of durations (nanoseconds) with percentiles; grows as needed. */
final class Latencies {
  private long[] values = new long[1024];
  // When each sample's clock started (nanoTime): the timeline shows whether a tail is one stall
  // that every change behind it waited out, or a queue that grew.
  private long[] starts = new long[1024];
  private int size;

  void add(long nanos) {
    add(System.nanoTime() - nanos, nanos);
  }

  synchronized void add(long start, long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
      starts = Arrays.copyOf(starts, size * 2);
    }
    starts[size] = start;
    values[size++] = nanos;
  }

  /**
   * Writes one line per sample, in the order the clocks started: milliseconds since the first
   * start, and the latency in milliseconds.
   */
  synchronized void writeTimeline(Path file) throws IOException {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(starts[a], starts[b]));
    long first = size == 0 ? 0 : starts[order[0]];
    StringBuilder out = new StringBuilder("start_ms\tlatency_ms\n");
    for (int i : order) {
      out.append(
          String.format(
              java.util.Locale.ROOT, "%.1f\t%.1f%n", (starts[i] - first) / 1e6, values[i] / 1e6));
    }
    Files.writeString(file, out);
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
