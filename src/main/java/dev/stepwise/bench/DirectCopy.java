package dev.stepwise.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies a journal file past the page cache (dd with O_DIRECT), so a copy does not warm the file it
 * reads, and with {@code coldCopy} leaves the copy itself uncached too: recovery experiments need
 * the cache as a restart would find it.
 */
final class DirectCopy {
  private DirectCopy() {}

  static void copy(Path from, Path to, boolean coldCopy) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of("dd", "if=" + from, "of=" + to, "bs=8M", "iflag=direct", "status=none"));
    if (coldCopy) {
      command.add("oflag=direct");
    }
    Process dd = new ProcessBuilder(command).inheritIO().start();
    if (dd.waitFor() != 0) {
      throw new IOException("dd of " + from + " failed");
    }
  }
}
