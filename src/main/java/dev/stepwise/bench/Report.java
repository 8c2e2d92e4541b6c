package dev.stepwise.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's one table: scenario, figure, value, target, and where the figure comes from. */
final class Report {
  record Row(String scenario, String figure, String value, String target, String source) {}

  private final List<Row> rows = new ArrayList<>();
  private final List<String> settings = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  void setting(String line) {
    settings.add(line);
  }

  void row(String scenario, String figure, String value, String target, String source) {
    rows.add(new Row(scenario, figure, value, target, source));
  }

  void problem(String line) {
    problems.add(line);
  }

  boolean failed() {
    return !problems.isEmpty();
  }

  static String mib(long bytes) {
    return bytes < 0 ? "n/a" : "%.0f MiB".formatted(bytes / 1048576.0);
  }

  /** Prints the machine, the settings, the table (Markdown) and the correctness verdict. */
  void print(PrintWriter out) {
    var os = ManagementFactory.getOperatingSystemMXBean();
    long mem = -1;
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      mem = sun.getTotalMemorySize();
    }
    out.printf(
        "Machine: %d cores, %s memory, %s %s (%s), load average %.2f at the end%n",
        os.getAvailableProcessors(),
        mib(mem),
        System.getProperty("java.vm.name"),
        Runtime.version(),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        os.getSystemLoadAverage());
    settings.forEach(s -> out.println("Setting: " + s));
    out.println();
    out.println("| scenario | figure | value | target | measured how |");
    out.println("|---|---|---|---|---|");
    for (Row r : rows) {
      out.printf(
          "| %s | %s | %s | %s | %s |%n",
          r.scenario(), r.figure(), r.value(), r.target(), r.source());
    }
    out.println();
    if (problems.isEmpty()) {
      out.println("Correctness: every rollout ended Healthy on the right ReplicaSets.");
    } else {
      out.println("Correctness: FAILED");
      problems.stream().limit(20).forEach(p -> out.println("  " + p));
      if (problems.size() > 20) {
        out.println("  ... and " + (problems.size() - 20) + " more");
      }
    }
    out.flush();
  }
}
