package dev.stepwise.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU seconds by thread group (thread names with their numbers folded: {@code
 * default-dispatcher-17} and {@code -3} are one group), to say which part of a process a phase's
 * CPU went to, JIT compilers and GC included, which a sampling profiler leaves out.
 */
final class ThreadCpu {
  private static final Pattern DUMP_LINE = Pattern.compile("^\"(.*)\" .*?cpu=([0-9.]+)ms");

  /** The line for what the listed threads leave out of the process's CPU. */
  static final String REST = "(rest: ended threads; this JVM: its non-Java threads)";

  private ThreadCpu() {}

  /** Folds the numbers in a thread name, so that a pool's threads add up as one group. */
  static String group(String threadName) {
    return threadName.replaceAll("[0-9]+", "N");
  }

  /**
   * Groups of another JVM, from {@code jcmd Thread.print} (which gives each live thread's CPU, the
   * JVM's own threads included). Threads that have ended are not in it.
   */
  static Map<String, Double> ofProcess(long pid, Path dumpOut)
      throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p =
        new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print")
            .redirectErrorStream(true)
            .redirectOutput(dumpOut.toFile())
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return Map.of();
    }
    return fromDump(Files.readAllLines(dumpOut));
  }

  static Map<String, Double> fromDump(List<String> lines) {
    Map<String, Double> groups = new HashMap<>();
    for (String line : lines) {
      Matcher m = DUMP_LINE.matcher(line);
      if (m.find()) {
        groups.merge(group(m.group(1)), Double.parseDouble(m.group(2)) / 1000, Double::sum);
      }
    }
    return groups;
  }

  /** CPU seconds of each of this JVM's live Java threads, by thread id. */
  static Map<Long, Map.Entry<String, Double>> thisJvm() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<Long, Map.Entry<String, Double>> out = new HashMap<>();
    for (ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (t == null) {
        continue;
      }
      long ns = mx.getThreadCpuTime(t.getThreadId());
      if (ns >= 0) {
        out.put(t.getThreadId(), Map.entry(t.getThreadName(), ns / 1e9));
      }
    }
    return out;
  }

  /** Groups of what this JVM's threads used between two {@link #thisJvm()} readings. */
  static Map<String, Double> since(
      Map<Long, Map.Entry<String, Double>> before, Map<Long, Map.Entry<String, Double>> after) {
    Map<String, Double> groups = new HashMap<>();
    after.forEach(
        (id, now) -> {
          var then = before.get(id);
          double used = now.getValue() - (then == null ? 0 : then.getValue());
          groups.merge(group(now.getKey()), used, Double::sum);
        });
    return groups;
  }

  /**
   * The groups, largest first, with what they leave out of the process's total (threads that have
   * ended and, for this JVM, its non-Java threads) as one more line.
   */
  static Map<String, Double> largestFirst(Map<String, Double> groups, double processTotal) {
    Map<String, Double> out = new LinkedHashMap<>();
    groups.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    double listed = groups.values().stream().mapToDouble(Double::doubleValue).sum();
    out.put(REST, processTotal - listed);
    return out;
  }

  /** Writes the groups as TSV and prints the largest {@code top} to the log. */
  static void report(
      String process, Map<String, Double> ordered, Path tsv, PrintWriter log, int top)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    if (!Files.exists(tsv)) {
      sb.append("process\tthread group\tcpu_s\n");
    }
    ordered.forEach(
        (g, s) ->
            sb.append(process).append('\t').append(g).append('\t').append("%.2f%n".formatted(s)));
    Files.writeString(
        tsv, sb, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    log.printf("  CPU by thread, %s:%n", process);
    var lines = List.copyOf(ordered.entrySet());
    for (int i = 0; i < lines.size(); i++) {
      // the largest groups, and the remainder line (the last) always
      if (i < top || i == lines.size() - 1) {
        log.printf("    %6.1f s  %s%n", lines.get(i).getValue(), lines.get(i).getKey());
      }
    }
  }

  /**
   * Which threads a recovery's CPU went to, in both processes: {@code recovery-threads.tsv} in the
   * work directory, the largest groups in the log. The controller's dump is taken just after the
   * wait, so a few of its threads have run on for a moment.
   */
  static void reportRecovery(
      Path dir,
      long controllerPid,
      double controllerCpu,
      Map<String, Double> bench,
      double benchCpu,
      PrintWriter log)
      throws IOException, InterruptedException {
    Path tsv = dir.resolve("recovery-threads.tsv");
    var controller = ofProcess(controllerPid, dir.resolve("controller-2-threads-at-recovery.txt"));
    report("controller", largestFirst(controller, controllerCpu), tsv, log, 10);
    report("bench JVM", largestFirst(bench, benchCpu), tsv, log, 6);
  }
}
