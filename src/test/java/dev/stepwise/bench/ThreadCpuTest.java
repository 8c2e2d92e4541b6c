package dev.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
  @Test
  void aDumpIsGroupedByThreadNameWithoutNumbers() {
    var groups =
        ThreadCpu.fromDump(
            List.of(
                "\"stepwise-pekko.actor.default-dispatcher-5\" #41 [3] prio=5 os_prio=0"
                    + " cpu=1500.00ms elapsed=30.1s tid=0x1 nid=3 waiting",
                "   java.lang.Thread.State: WAITING (parking)",
                "\"stepwise-pekko.actor.default-dispatcher-12\" #52 [4] prio=5 os_prio=0"
                    + " cpu=500.50ms elapsed=30.1s tid=0x2 nid=4 runnable",
                "\"C2 CompilerThread0\" #17 [5] daemon prio=9 os_prio=0 cpu=9000.00ms"
                    + " elapsed=31s tid=0x3 nid=5 waiting on condition",
                "\"GC Thread#1\" os_prio=0 cpu=250.00ms elapsed=3.71s tid=0x4 nid=6 runnable"));

    assertThat(groups)
        .containsOnlyKeys(
            "stepwise-pekko.actor.default-dispatcher-N", "CN CompilerThreadN", "GC Thread#N");
    assertThat(groups.get("stepwise-pekko.actor.default-dispatcher-N"))
        .isCloseTo(2.0005, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(groups.get("CN CompilerThreadN")).isEqualTo(9.0);
  }

  @Test
  void theRestIsWhatTheThreadsLeaveOutOfTheProcessTotal() {
    var ordered = ThreadCpu.largestFirst(Map.of("a", 1.0, "b", 3.0), 10.0);

    assertThat(ordered.keySet()).containsExactly("b", "a", ThreadCpu.REST);
    assertThat(ordered.get(ThreadCpu.REST)).isEqualTo(6.0);
  }

  @Test
  void thisJvmsThreadsAreCountedFromTheFirstReading() {
    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
    var before = ThreadCpu.thisJvm();
    // spin until this thread has used 30 ms of CPU, however busy the machine is
    long until = mx.getCurrentThreadCpuTime() + 30_000_000;
    long spins = 0;
    while (mx.getCurrentThreadCpuTime() < until) {
      spins++;
    }
    var groups = ThreadCpu.since(before, ThreadCpu.thisJvm());

    assertThat(spins).isPositive();
    assertThat(groups.get(ThreadCpu.group(Thread.currentThread().getName())))
        .isGreaterThanOrEqualTo(0.029);
  }
}
