package dev.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatenciesTest {
  @TempDir Path dir;

  @Test
  void theTimelineListsSamplesInTheOrderTheirClocksStarted() throws Exception {
    Latencies l = new Latencies();
    // recorded in the order they finished: the later change was served first
    l.add(5_000_000L, 2_000_000L);
    l.add(1_000_000L, 9_000_000L);
    l.add(3_000_000L, 1_500_000L);

    Path file = dir.resolve("t.tsv");
    l.writeTimeline(file);

    assertThat(Files.readAllLines(file))
        .containsExactly("start_ms\tlatency_ms", "0.0\t9.0", "2.0\t1.5", "4.0\t2.0");
    assertThat(l.millis(1.0)).isEqualTo(9.0);
  }
}
