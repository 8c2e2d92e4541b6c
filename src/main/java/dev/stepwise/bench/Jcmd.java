package dev.stepwise.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The JDK's jcmd, for the live heap of a JVM (this one or the controller's). */
final class Jcmd {
  private Jcmd() {}

  /**
   * Live heap after a full GC: {@code jcmd GC.class_histogram} collects first; the histogram is
   * kept in {@code out} for the analysis. Returns the total bytes, or -1.
   */
  static long liveHeapBytes(long pid, Path out) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p =
        new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return -1;
    }
    for (String line : Files.readAllLines(out)) {
      if (line.startsWith("Total")) {
        String[] f = line.trim().split("\\s+");
        return Long.parseLong(f[f.length - 1]);
      }
    }
    return -1;
  }
}
