package dev.stepwise.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's ahead-of-time cache (JDK 25: classes loaded and linked, and method profiles, from a
 * training run) for the benchmark's controller JVM. A restart spends most of its CPU loading
 * classes and compiling the replay's code (BENCHMARKS.md); the cache gives it both from the start.
 *
 * <p>bin/stepwise decides whether a cache applies (it exports STEPWISE_AOT_CACHE), so the child
 * uses the same one as a controller started by hand; {@code --aot-cache-output} trains a new one in
 * two steps: the controller records what it loaded and profiled (written as it exits after a
 * SIGTERM), then a JVM of its own assembles the cache. JDK 25's one-step {@code AOTCacheOutput}
 * wrote the record but no cache when the controller exited on SIGTERM.
 */
final class AotCache {
  static final String ENV = "STEPWISE_AOT_CACHE";

  private AotCache() {}

  /** The JVM options for a controller: none, the cache to use, or (training) where to record. */
  static List<String> options(Path trainingRecord) {
    if (trainingRecord != null) {
      requireJdk25();
      return List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + trainingRecord);
    }
    String cache = System.getenv(ENV);
    if (cache == null || cache.isBlank() || Runtime.version().feature() < 25) {
      return List.of();
    }
    return List.of("-XX:AOTCache=" + cache);
  }

  /** What the settings line of the report says about the controller's cache. */
  static String describe(Path trainingOutput) {
    if (trainingOutput != null) {
      return "training an AOT cache (-XX:AOTMode=record) in the restarted controller";
    }
    List<String> opts = options(null);
    return opts.isEmpty() ? "no AOT cache" : "AOT cache " + System.getenv(ENV);
  }

  /**
   * Assembles the cache from a controller's record, on the class path the controller had, and moves
   * it into place by a rename, so a JVM that maps the old file (this one, if the launcher gave it
   * the cache) keeps reading the old one.
   */
  static void create(Path record, Path target, Path log) throws IOException, InterruptedException {
    if (!Files.isRegularFile(record) || Files.size(record) == 0) {
      throw new IllegalStateException(
          "the controller recorded nothing for the AOT cache in "
              + record
              + " (the JVM writes it as it exits after a SIGTERM)");
    }
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-XX:AOTMode=create");
    cmd.add("-XX:AOTConfiguration=" + record);
    cmd.add("-XX:AOTCache=" + tmp);
    cmd.add("--sun-misc-unsafe-memory-access=allow");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.isRegularFile(tmp)) {
      p.destroyForcibly();
      throw new IllegalStateException("assembling the AOT cache failed; see " + log);
    }
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void requireJdk25() {
    if (Runtime.version().feature() < 25) {
      throw new IllegalStateException(
          "--aot-cache-output needs JDK 25 or newer; this is " + Runtime.version());
    }
  }
}
