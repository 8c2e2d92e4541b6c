package dev.stepwise.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds of this JVM and of the whole machine, for splitting a phase's CPU between the
 * controller and what shares its cores in the bench (the embedded API server, the simulated
 * cluster): a phase on two saturated cores takes at least its CPU seconds over two.
 */
final class CpuTimes {
  private CpuTimes() {}

  /** CPU seconds this JVM has used. */
  static double thisJvm() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  /**
   * Busy and total CPU seconds of the machine so far, all cores together (Linux /proc/stat, in
   * clock ticks of 1/100 s), or NaNs elsewhere. Busy is everything but idle and I/O wait.
   */
  static double[] machine() {
    try {
      return machine(Files.readAllLines(Path.of("/proc/stat")).get(0));
    } catch (IOException | RuntimeException e) {
      return new double[] {Double.NaN, Double.NaN};
    }
  }

  static double[] machine(String cpuLine) {
    String[] f = cpuLine.trim().split("\\s+");
    long total = 0;
    // user nice system idle iowait irq softirq steal (guest time is already in user)
    for (int i = 1; i <= Math.min(8, f.length - 1); i++) {
      total += Long.parseLong(f[i]);
    }
    long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
    return new double[] {(total - idle) / 100.0, total / 100.0};
  }
}
